import asyncio

async def agen():
    print("started")
    try:
        yield 1
    finally:
        print("finally")

async def main():
    g = agen()
    print(await g.aclose())
    print(await g.aclose())
    async for x in g:
        print("never", x)
    print("end")

asyncio.run(main())
