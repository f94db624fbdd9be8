import asyncio

class CM:
    async def __aenter__(self):
        print("enter")
    async def __aexit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)

async def agen():
    async with CM():
        yield 1
        yield 2

async def main():
    async for x in agen():
        print(x)
        break
    print("broke")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
