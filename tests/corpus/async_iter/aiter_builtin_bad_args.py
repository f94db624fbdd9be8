import asyncio

async def main():
    for args in [(), (1, 2)]:
        try:
            aiter(*args)
        except TypeError as e:
            print(e)
    for obj in [[1], 5, "s", None]:
        try:
            aiter(obj)
        except TypeError as e:
            print(e)

asyncio.run(main())
