import asyncio

async def nothing():
    await asyncio.sleep(0)

async def main():
    print(await nothing())

asyncio.run(main())
