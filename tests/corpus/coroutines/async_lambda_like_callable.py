import asyncio

async def apply(fn, *args):
    return await fn(*args)

async def double(x):
    await asyncio.sleep(0.5)
    return x * 2

async def main():
    print(await apply(double, 21), asyncio.get_running_loop().time())
    fns = [double, double]
    print([await f(i) for i, f in enumerate(fns)])

asyncio.run(main())
