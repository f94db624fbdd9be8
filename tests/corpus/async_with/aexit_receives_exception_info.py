import asyncio

class Inspect:
    async def __aenter__(self):
        return "resource"
    async def __aexit__(self, exc_type, exc, tb):
        print("exc_type:", exc_type.__name__ if exc_type else None)
        print("exc:", repr(exc))
        print("tb is None:", tb is None)

async def main():
    async with Inspect() as r:
        print("got", r)
    try:
        async with Inspect():
            raise TypeError("bad type")
    except TypeError as e:
        print("propagated:", e)

asyncio.run(main())
