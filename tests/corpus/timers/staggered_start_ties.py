import asyncio

async def worker(i, log):
    await asyncio.sleep(i % 3)
    await asyncio.sleep(1)
    log.append(i)

async def main():
    log = []
    await asyncio.gather(*(worker(i, log) for i in range(9)))
    print(log, asyncio.get_running_loop().time())

asyncio.run(main())
