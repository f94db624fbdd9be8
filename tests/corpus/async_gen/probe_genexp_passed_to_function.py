import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def total(aiterable):
    s = 0
    async for v in aiterable:
        s += v
    return s

async def main():
    result = await total(x * x async for x in numbers(4))
    print(result, asyncio.get_running_loop().time())
    squares = (x * 2 async for x in numbers(3) if x != 1)
    print(type(squares).__name__)
    print([v async for v in squares])

asyncio.run(main())
