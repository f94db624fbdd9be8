import asyncio

async def bad():
    try:
        yield 1
    finally:
        yield 2

async def main():
    async for v in bad():
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
