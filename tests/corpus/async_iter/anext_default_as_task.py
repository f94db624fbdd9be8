import asyncio

async def slow():
    await asyncio.sleep(2)
    yield "slow-value"

async def main():
    it = slow()
    t = asyncio.create_task(anext(it, "none"))
    print(t.get_name(), t.done())
    print(await t, asyncio.get_running_loop().time())
    t2 = asyncio.create_task(anext(it, "none"))
    print(await t2, asyncio.get_running_loop().time())

asyncio.run(main())
