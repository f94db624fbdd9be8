import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    try:
        for coro in asyncio.as_completed([job(1), job(5)], timeout=2):
            print(await coro, asyncio.get_running_loop().time())
    except TimeoutError:
        print("timeout", asyncio.get_running_loop().time())

asyncio.run(main())
