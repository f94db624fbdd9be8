import asyncio

class Forever:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration("done with value")
        if self.i == 2:
            return None

async def main():
    async for x in Forever():
        print(repr(x))
    f = Forever()
    f.i = 3
    try:
        await anext(f)
    except StopAsyncIteration as e:
        print("args:", e.args)

asyncio.run(main())
