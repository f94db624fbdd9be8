import asyncio

async def fail():
    await asyncio.sleep(1)
    raise ZeroDivisionError("bad ratio")

async def main():
    await asyncio.gather(asyncio.sleep(2), fail())

asyncio.run(main())
