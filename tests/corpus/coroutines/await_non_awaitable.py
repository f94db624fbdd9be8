import asyncio

async def main():
    await 5

asyncio.run(main())
