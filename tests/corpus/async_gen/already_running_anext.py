import asyncio

async def slow():
    await asyncio.sleep(1)
    yield 1

async def main():
    g = slow()
    first = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await anext(g)
    except RuntimeError as e:
        print(e)
    print(await first, asyncio.get_running_loop().time())

asyncio.run(main())
