import asyncio

class Translate:
    async def __aenter__(self):
        return "resource"
    async def __aexit__(self, et, e, tb):
        if et is KeyError:
            raise LookupError("translated") from e
        return False

async def main():
    try:
        async with Translate() as r:
            print("using", r)
            {}["k"]
    except LookupError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

asyncio.run(main())
