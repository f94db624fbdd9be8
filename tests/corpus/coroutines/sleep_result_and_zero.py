import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0), loop.time())
    print(await asyncio.sleep(0, "zero-result"), loop.time())
    print(await asyncio.sleep(1.25, result="later"), loop.time())
    print(await asyncio.sleep(-5, "negative"), loop.time())

asyncio.run(main())
