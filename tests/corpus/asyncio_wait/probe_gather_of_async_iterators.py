import asyncio

async def countdown(name, n, delay):
    while n:
        await asyncio.sleep(delay)
        yield f"{name}{n}"
        n -= 1

async def collect(name, n, delay):
    out = []
    async for item in countdown(name, n, delay):
        out.append(item)
        print("collected", item, asyncio.get_running_loop().time())
    return out

async def main():
    results = await asyncio.gather(collect("a", 3, 0.3), collect("b", 2, 0.5))
    print(results)

asyncio.run(main())
