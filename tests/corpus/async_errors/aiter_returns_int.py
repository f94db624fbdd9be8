import asyncio

class Bad:
    def __aiter__(self):
        return 1

async def main():
    try:
        aiter(Bad())
    except TypeError as e:
        print(e)
    async for x in Bad():
        pass

asyncio.run(main())
