import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closed explicitly", asyncio.get_running_loop().time())

async def main():
    g = gen()
    async for v in g:
        break
    await g.aclose()
    print("after aclose")

asyncio.run(main())
