import asyncio

class Half:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return False

async def main():
    async with Half():
        print("inside")

asyncio.run(main())
