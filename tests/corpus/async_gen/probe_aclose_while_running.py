import asyncio

async def agen():
    yield 1
    await asyncio.sleep(1)
    yield 2

async def main():
    g = agen()
    print(await g.__anext__())
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)

asyncio.run(main())
