import asyncio

async def ticks():
    i = 0
    try:
        while True:
            await asyncio.sleep(0.3)
            yield i
            i += 1
    finally:
        print("ticks finally at", asyncio.get_running_loop().time())

async def main():
    try:
        async with asyncio.timeout(1):
            async for t in ticks():
                print("tick", t)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
