import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally", asyncio.get_running_loop().time())

async def main():
    try:
        async for x in gen():
            print("x", x)
            raise ValueError("loop body failed")
    except ValueError as e:
        print("caught", e)
    print("after except")
    await asyncio.sleep(0)
    print("tick")
    await asyncio.sleep(0)
    print("tock")

asyncio.run(main())
