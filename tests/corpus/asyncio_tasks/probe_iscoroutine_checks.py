import asyncio

async def f():
    return 1

async def g():
    yield 1

def h():
    return 1

async def main():
    c = f()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(g()), asyncio.iscoroutine(h()))
    print(asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(g), asyncio.iscoroutinefunction(h))
    print(await c)

asyncio.run(main())
