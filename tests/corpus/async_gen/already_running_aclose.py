import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        yield 1
    finally:
        print("finally")

async def main():
    g = slow()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    try:
        await g.athrow(ValueError)
    except RuntimeError as e:
        print(e)
    print(await t)
    await g.aclose()

asyncio.run(main())
