# Seed 004, "aiter() and anext() Built-ins", with an async_generator() defined and prints added.
import asyncio

async def async_generator():
    yield "first"

async def main():
    ait = aiter(async_generator())

    # Get first item
    first = await anext(ait)

    # With default
    item = await anext(ait, "default")
    print(first, item)

asyncio.run(main())
