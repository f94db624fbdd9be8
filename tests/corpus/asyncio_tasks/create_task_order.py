import asyncio

async def job(name, delay):
    print("start", name, asyncio.get_running_loop().time())
    await asyncio.sleep(delay)
    print("end", name, asyncio.get_running_loop().time())
    return name

async def main():
    t1 = asyncio.create_task(job("a", 2))
    t2 = asyncio.create_task(job("b", 1))
    print("tasks created")
    print(await t1, await t2, asyncio.get_running_loop().time())

asyncio.run(main())
