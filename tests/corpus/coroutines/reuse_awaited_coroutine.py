import asyncio

async def once():
    return "value"

async def main():
    c = once()
    print(await c)
    await c

asyncio.run(main())
