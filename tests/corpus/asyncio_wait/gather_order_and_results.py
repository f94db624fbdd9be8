import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name, asyncio.get_running_loop().time())
    return name.upper()

async def main():
    results = await asyncio.gather(job("slow", 3), job("fast", 1), job("mid", 2))
    print(results, asyncio.get_running_loop().time())
    print(await asyncio.gather())

asyncio.run(main())
