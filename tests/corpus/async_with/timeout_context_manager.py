import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.5):
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("timed out", repr(e), loop.time())
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("finished in time", cm.expired(), loop.time())
    async with asyncio.timeout(None):
        await asyncio.sleep(0.5)
    print("no deadline", loop.time())

asyncio.run(main())
