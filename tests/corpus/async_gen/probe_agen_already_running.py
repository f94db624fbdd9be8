import asyncio

async def slow():
    await asyncio.sleep(1)
    yield "slow"

async def main():
    g = slow()
    first = asyncio.ensure_future(anext(g))
    await asyncio.sleep(0)
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first, asyncio.get_running_loop().time())
    a = g.asend(None)
    a.send(None) if False else None
    print(type(a).__name__)
    a.close()

asyncio.run(main())
