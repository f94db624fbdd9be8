import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    handles = [loop.call_later(1 + (i % 3), log.append, i) for i in range(150)]
    for h in handles[::2]:
        h.cancel()
    for h in handles[1:80:3]:
        h.cancel()
    await asyncio.sleep(0.5)
    extra = [loop.call_later(1, log.append, f"late{i}") for i in range(5)]
    await asyncio.sleep(5)
    print(len(log), log[:20], log[-10:])

asyncio.run(main())
