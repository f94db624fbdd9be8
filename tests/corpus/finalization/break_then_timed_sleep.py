import asyncio

async def slow_source():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            yield i
            i += 1
    finally:
        print("source finalized at", asyncio.get_running_loop().time())

async def main():
    async for v in slow_source():
        print("value", v, asyncio.get_running_loop().time())
        if v == 1:
            break
    await asyncio.sleep(5)
    print("main done", asyncio.get_running_loop().time())

asyncio.run(main())
