import asyncio

class Target:
    def __setitem__(self, key, value):
        if value == 2:
            raise StopAsyncIteration("from target assignment")
        print("assigned", value)

async def agen():
    for i in range(1, 4):
        yield i

async def main():
    t = Target()
    try:
        async for t[0] in agen():
            pass
    except StopAsyncIteration as e:
        print("escaped the loop:", repr(e))

asyncio.run(main())
