import asyncio

def not_async():
    return 42

async def main():
    await not_async()

asyncio.run(main())
