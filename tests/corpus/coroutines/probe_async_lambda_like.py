import asyncio

async def double(x):
    return x * 2

async def main():
    fns = [lambda: double(1), lambda: double(2)]
    print([await f() for f in fns])
    ops = {"d": double}
    print(await ops["d"](21))

asyncio.run(main())
