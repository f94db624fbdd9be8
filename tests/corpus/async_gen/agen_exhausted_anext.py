import asyncio

async def agen():
    yield "a"

async def main():
    g = agen()
    print(await anext(g))
    for _ in range(2):
        try:
            await anext(g)
        except StopAsyncIteration:
            print("StopAsyncIteration")

asyncio.run(main())
