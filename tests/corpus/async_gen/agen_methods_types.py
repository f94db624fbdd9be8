import asyncio

async def agen():
    yield 1
    yield 2
    yield 3

async def main():
    g = agen()
    print(type(g).__name__, g.__aiter__() is g)
    a = g.__anext__()
    print(type(a).__name__, await a)
    s = g.asend(None)
    print(type(s).__name__, await s)
    t = g.athrow(ValueError("thrown"))
    print(type(t).__name__)
    try:
        await t
    except ValueError as e:
        print("athrow raised", e)
    c = g.aclose()
    print(type(c).__name__, await c)
    d = anext(g, "default")
    print(type(d).__name__, await d)

asyncio.run(main())
