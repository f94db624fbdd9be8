import asyncio

async def agen():
    x = yield 1
    print("x =", x)

async def main():
    g = agen()
    await g.asend("hello")

asyncio.run(main())
