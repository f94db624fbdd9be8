import asyncio

async def src():
    for i in range(3):
        yield i

async def main():
    k = 10
    g = (x + k async for x in src())
    k = 100
    print([v async for v in g])
    try:
        print([v async for v in g])
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
