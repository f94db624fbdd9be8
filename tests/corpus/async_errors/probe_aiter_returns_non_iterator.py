import asyncio

class Bad:
    def __aiter__(self):
        return 42

class AsyncAiter:
    async def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    for obj in (Bad(), AsyncAiter()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    try:
        aiter(Bad())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
