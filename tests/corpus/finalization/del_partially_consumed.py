import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finalized", asyncio.get_running_loop().time())

async def main():
    g = gen()
    print(await anext(g))
    del g
    print("deleted")
    await asyncio.sleep(1)
    print("slept", asyncio.get_running_loop().time())

asyncio.run(main())
