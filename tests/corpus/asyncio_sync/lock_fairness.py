import asyncio

async def critical(name, lock, log):
    for _ in range(2):
        async with lock:
            log.append(name)
            await asyncio.sleep(0.1)

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(n, lock, log) for n in "xyz"))
    print(log, round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
