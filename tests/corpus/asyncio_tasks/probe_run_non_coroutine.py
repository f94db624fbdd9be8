import asyncio

async def main():
    return 1

asyncio.run(main)
