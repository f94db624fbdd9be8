import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.5, "r"), loop.time())
    print(await asyncio.sleep(-1, "neg"), loop.time())
    print(await asyncio.sleep(0), loop.time())

asyncio.run(main())
