import asyncio

async def agen():
    try:
        yield 1
    finally:
        await asyncio.sleep(2)
        print("async cleanup done", asyncio.get_running_loop().time())

async def main():
    g = agen()
    await anext(g)
    await g.aclose()
    print("after aclose", asyncio.get_running_loop().time())

asyncio.run(main())
