import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    for coro in asyncio.as_completed([job(3), job(1), job(2), job(1)]):
        r = await coro
        print(r, loop.time())

asyncio.run(main())
