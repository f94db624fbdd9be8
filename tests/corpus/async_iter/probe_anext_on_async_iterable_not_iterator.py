import asyncio

class Iterable:
    def __aiter__(self):
        return self

async def main():
    try:
        await anext(Iterable())
    except TypeError as e:
        print("TypeError:", e)
    async for x in Iterable():
        pass

asyncio.run(main())
