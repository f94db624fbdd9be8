import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([x async for x in agen(10) if x % 3 == 0])
    print({x: x * x async for x in agen(4)})
    print({x % 2 async for x in agen(5)})
    print([x + y async for x in agen(3) for y in range(2) if x != y])

asyncio.run(main())
