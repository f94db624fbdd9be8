import asyncio

class Bad:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def main():
    try:
        async for x in Bad():
            pass
    except TypeError as e:
        print(e)
        print("cause:", repr(e.__cause__))
    try:
        await anext(Bad())
    except TypeError as e:
        print(e)

asyncio.run(main())
