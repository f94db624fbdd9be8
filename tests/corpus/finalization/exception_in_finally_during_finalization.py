import asyncio

async def gen():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

async def main():
    async for v in gen():
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main still fine")

asyncio.run(main())
