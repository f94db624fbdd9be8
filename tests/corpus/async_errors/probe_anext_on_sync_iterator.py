import asyncio

async def main():
    for obj in ([1, 2], iter([1]), range(3)):
        try:
            await anext(obj)
        except TypeError as e:
            print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
