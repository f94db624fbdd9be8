import asyncio

async def ok(x):
    await asyncio.sleep(x)
    print("ok finished", x, asyncio.get_running_loop().time())
    return x

async def fail():
    await asyncio.sleep(1)
    raise KeyError("first failure")

async def main():
    try:
        await asyncio.gather(ok(2), fail(), ok(0.5))
    except KeyError as e:
        print("gather raised", repr(e), asyncio.get_running_loop().time())
    await asyncio.sleep(2)
    print("others kept running", asyncio.get_running_loop().time())

asyncio.run(main())
