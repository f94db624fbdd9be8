import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally at", asyncio.get_running_loop().time())

async def main():
    async for x in agen():
        await asyncio.sleep(1)
        print("got", x)
    print("loop over")

asyncio.run(main())
