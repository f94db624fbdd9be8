import asyncio

class Suppress:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None, e)
        await asyncio.sleep(0.1)
        return et is ValueError

async def main():
    async with Suppress():
        raise ValueError("hidden")
    print("after 1", asyncio.get_running_loop().time())
    async with Suppress():
        raise KeyError("shown")

asyncio.run(main())
