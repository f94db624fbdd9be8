import asyncio

async def main():
    asyncio.create_task(5)

asyncio.run(main())
