import asyncio

class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass

async def main():
    with ACM():
        pass

asyncio.run(main())
