import asyncio

async def agen():
    try:
        yield 1
    finally:
        print("finally")

async def main():
    g = agen()
    await anext(g)
    try:
        await g.athrow(TypeError("injected"))
    except TypeError as e:
        print("out:", e)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted now")

asyncio.run(main())
