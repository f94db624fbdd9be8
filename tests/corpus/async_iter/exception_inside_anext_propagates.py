import asyncio

class Flaky:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        await asyncio.sleep(0.5)
        if self.n == 3:
            raise ConnectionError("stream dropped")
        return self.n

async def main():
    try:
        async for v in Flaky():
            print("got", v, asyncio.get_running_loop().time())
    except ConnectionError as e:
        print("caught", repr(e), asyncio.get_running_loop().time())
    async for v in Flaky():
        print("again", v)

asyncio.run(main())
