import asyncio

async def stream():
    try:
        for i in range(10):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print("cleanup at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        print("cleanup done at", asyncio.get_running_loop().time())

async def main():
    g = stream()
    print(await anext(g), await anext(g))
    await g.aclose()
    print("closed at", asyncio.get_running_loop().time())
    print(await anext(g, "closed"))
    await g.aclose()
    print("second aclose is a no-op")

asyncio.run(main())
