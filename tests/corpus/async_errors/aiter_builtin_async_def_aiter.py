import asyncio

class Pitfall:
    async def __aiter__(self):
        return self

async def main():
    try:
        aiter(Pitfall())
    except TypeError as e:
        print(e)

asyncio.run(main())
