import asyncio

async def main():
    for args in [(), (1, 2, 3)]:
        try:
            anext(*args)
        except TypeError as e:
            print(e)
    for obj in [[1], iter([1]), 3]:
        try:
            anext(obj)
        except TypeError as e:
            print(e)

asyncio.run(main())
