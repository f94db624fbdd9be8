import asyncio

async def numbers():
    for i in range(6):
        yield i
        await asyncio.sleep(0)

async def main():
    async for n in numbers():
        if n % 2:
            continue
        print("even", n)

asyncio.run(main())
