import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup start", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
        print("cleanup end", asyncio.get_running_loop().time())

async def main():
    g = agen()
    async for x in g:
        print(x)
        break
    await g.aclose()
    print("closed at", asyncio.get_running_loop().time())

asyncio.run(main())
