import asyncio

async def source(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def consume(name, delay, n):
    loop = asyncio.get_running_loop()
    async for item in source(name, delay, n):
        print(f"{loop.time():.2f} {item}")

async def main():
    await asyncio.gather(consume("a", 0.3, 3), consume("b", 0.5, 2))

asyncio.run(main())
