import asyncio

class Faulty:
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

async def main():
    try:
        async with Faulty():
            raise ValueError("body failed")
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))

asyncio.run(main())
