import asyncio

async def slow():
    yield 1
    await asyncio.sleep(5)
    yield 2

async def main():
    g = slow()
    print(await asyncio.wait_for(anext(g), 1))
    try:
        await asyncio.wait_for(anext(g), 1)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
