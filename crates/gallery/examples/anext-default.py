import asyncio

async def async_generator():
    yield "first"

# Python 3.10+
async def main():
    ait = aiter(async_generator())

    # Get first item
    first = await anext(ait)
    print("first:", first)

    # With default
    item = await anext(ait, "default")
    print("item:", item)

    # Safe single-item consumption: None once the iterator is spent
    print("again:", await anext(ait, None))

    # Without a default, an exhausted iterator raises StopAsyncIteration
    await anext(ait)

asyncio.run(main())
