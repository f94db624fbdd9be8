import asyncio

async def level3():
    await asyncio.sleep(1)
    raise ValueError("deep failure")

async def level2():
    await level3()

async def level1():
    try:
        await level2()
    except ValueError as e:
        print("level1 saw", e, asyncio.get_running_loop().time())
        raise RuntimeError("wrapped") from e

asyncio.run(level1())
