# Seed 000, "Combining with anext()", verbatim.
import asyncio

async def async_gen():
    yield 1
    yield 2
    yield 3

async def manual_iteration():
    it = aiter(async_gen())

    try:
        while True:
            value = await anext(it)
            print(value)
    except StopAsyncIteration:
        print("Done")

asyncio.run(manual_iteration())
