import asyncio

class CM:
    async def __aenter__(self):
        print("enter")
        return 1
    async def __aexit__(self, *a):
        await asyncio.sleep(1)
        print("exit", asyncio.get_running_loop().time())

async def f():
    async with CM() as v:
        return v + 1

async def main():
    print(await f())

asyncio.run(main())
