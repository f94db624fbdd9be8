import asyncio

async def agen():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e

async def main():
    try:
        async for v in agen():
            print("value", v)
    except ValueError as e:
        print(repr(e), repr(e.__cause__))

asyncio.run(main())
