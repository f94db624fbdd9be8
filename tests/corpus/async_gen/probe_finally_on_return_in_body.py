import asyncio

async def agen():
    try:
        yield 1
        return
        yield 2
    finally:
        print("cleanup")

async def main():
    async for x in agen():
        print(x)
    print("done")

asyncio.run(main())
