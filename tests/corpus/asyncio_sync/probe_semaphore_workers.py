import asyncio

async def fetch(i, sem):
    async with sem:
        print("start", i, asyncio.get_running_loop().time())
        await asyncio.sleep(1)
    return i

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(fetch(i, sem) for i in range(5))))
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
