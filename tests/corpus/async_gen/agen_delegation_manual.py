import asyncio

async def inner(prefix):
    for i in range(2):
        await asyncio.sleep(0.1)
        yield f"{prefix}{i}"

async def outer():
    async for v in inner("a"):
        yield v
    async for v in inner("b"):
        yield v.upper()

async def main():
    print([v async for v in outer()], round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
