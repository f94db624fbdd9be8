import asyncio

async def f(i):
    await asyncio.sleep(i / 10)
    if i % 2:
        raise RuntimeError(i)
    return i

async def main():
    res = await asyncio.gather(*(f(i) for i in range(5)), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)

asyncio.run(main())
