import asyncio

async def ticks():
    i = 0
    try:
        while True:
            await asyncio.sleep(0.4)
            i += 1
            yield i
    finally:
        print("ticks finally at", asyncio.get_running_loop().time())

async def main():
    got = []
    try:
        async with asyncio.timeout(1.5):
            async for t in ticks():
                got.append(t)
    except TimeoutError:
        print("timeout", got, asyncio.get_running_loop().time())
    await asyncio.sleep(0)
    print("after", asyncio.get_running_loop().time())

asyncio.run(main())
