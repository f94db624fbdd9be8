import asyncio

async def ticker(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        yield f"{name}{i}@{asyncio.get_running_loop().time():g}"

async def consume(gen):
    async for v in gen:
        print(v)

async def main():
    await asyncio.gather(
        consume(ticker("a", 0.3, 4)),
        consume(ticker("b", 0.4, 3)),
        consume(ticker("c", 0.6, 2)),
    )

asyncio.run(main())
