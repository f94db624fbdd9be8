import asyncio

async def source(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        print(f"source -> {i} at {asyncio.get_running_loop().time():.1f}")
        yield i

async def square(xs):
    async for x in xs:
        yield x * x

async def running_sum(xs):
    total = 0
    async for x in xs:
        total += x
        yield total

async def main():
    async for s in running_sum(square(source(4))):
        print("sum", s)

asyncio.run(main())
