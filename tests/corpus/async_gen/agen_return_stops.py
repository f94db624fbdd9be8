import asyncio

async def agen(limit):
    n = 0
    while True:
        if n >= limit:
            return
        yield n
        n += 1

async def main():
    print([x async for x in agen(3)])

asyncio.run(main())
