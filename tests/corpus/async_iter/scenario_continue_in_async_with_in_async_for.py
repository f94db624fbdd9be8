import asyncio

class CM:
    def __init__(self, i):
        self.i = i
    async def __aenter__(self):
        return self.i
    async def __aexit__(self, *exc):
        print("exit", self.i, exc[0])

async def agen():
    for i in range(4):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async for i in agen():
        async with CM(i) as v:
            if v % 2:
                continue
            print("even body", v)
    print(round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
