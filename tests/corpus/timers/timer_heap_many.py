import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    delays = [5, 3, 3, 1, 4, 1, 2, 5, 3, 2, 1, 4, 4, 2, 5, 1]
    for i, d in enumerate(delays):
        loop.call_later(d, log.append, i)
    await asyncio.sleep(6)
    print(log)

asyncio.run(main())
