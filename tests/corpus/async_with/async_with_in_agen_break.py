import asyncio

class Res:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0])

async def items():
    async with Res():
        for i in range(5):
            yield i

async def main():
    g = items()
    async for i in g:
        if i == 1:
            break
    print("after break")
    await g.aclose()
    print("after aclose")

asyncio.run(main())
