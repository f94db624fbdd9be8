import asyncio

async def agen():
    for i in range(10):
        await asyncio.sleep(0)
        yield i

async def main():
    async for x in agen():
        if x % 2:
            continue
        if x > 6:
            break
        print(x)

asyncio.run(main())
