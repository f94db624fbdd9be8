import asyncio

class Bad:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, e, tb):
        raise RuntimeError("from aexit")

async def main():
    try:
        async with Bad():
            raise ValueError("original")
    except RuntimeError as e:
        print(e, "context:", repr(e.__context__))

asyncio.run(main())
