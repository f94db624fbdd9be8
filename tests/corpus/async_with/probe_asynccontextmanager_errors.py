import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def no_yield():
    if False:
        yield

@asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

@asynccontextmanager
async def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

async def main():
    for cm in (no_yield, two_yields):
        try:
            async with cm() as v:
                print("body", v)
        except RuntimeError as e:
            print("RuntimeError:", e)
    async with swallow():
        raise ValueError("x")
    print("after swallow")
    try:
        async with convert():
            raise ValueError("y")
    except TypeError as e:
        print("TypeError:", e, "from", repr(e.__cause__))
    async with swallow():
        raise ValueError("z")
    async with two_yields():
        raise IndexError("last")

asyncio.run(main())
