import asyncio

async def letters():
    for c in "abc":
        await asyncio.sleep(1)
        yield c

async def main():
    it = aiter(letters())
    print(type(it).__name__, aiter(it) is it)
    print(await anext(it), asyncio.get_running_loop().time())
    print(await anext(it), asyncio.get_running_loop().time())
    print(await anext(it), asyncio.get_running_loop().time())
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))

asyncio.run(main())
