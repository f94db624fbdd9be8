import asyncio

async def f():
    return 1

async def main():
    c = f()
    print(await c)
    await c

asyncio.run(main())
