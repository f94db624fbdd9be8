import asyncio

class Plain:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def main():
    try:
        async for x in Plain():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(Plain())
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(Plain(), None)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
