import asyncio

async def main():
    it = iter([1, 2])
    value = await anext(it)

asyncio.run(main())
