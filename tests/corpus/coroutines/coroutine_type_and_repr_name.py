import asyncio

async def work():
    return 7

async def main():
    c = work()
    print(type(c).__name__, work.__name__)
    print(await c)

asyncio.run(main())
