import asyncio

async def fetch(i):
    await asyncio.sleep(0.1)
    if i == 2:
        raise LookupError(f"item {i} missing")
    return i

async def main():
    for i in range(4):
        print("fetched", await fetch(i))

asyncio.run(main())
