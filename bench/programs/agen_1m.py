# An async generator delivering 1,000,000 ints to `async for`.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


async def main():
    total = 0
    async for x in numbers(1_000_000):
        total += x
    print(total)


asyncio.run(main())
