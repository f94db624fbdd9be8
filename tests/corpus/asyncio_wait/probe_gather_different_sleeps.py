import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name, asyncio.get_running_loop().time())
    return name

async def main():
    results = await asyncio.gather(job("a", 3), job("b", 1), job("c", 2))
    print(results)

asyncio.run(main())
