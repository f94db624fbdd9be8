import asyncio

async def merge_streams(*streams):
    """Merge multiple async iterators."""
    pending = set()
    iterators = {aiter(s): s for s in streams}

    for it in iterators:
        pending.add(asyncio.create_task(anext(it, StopAsyncIteration)))

    while pending:
        done, pending = await asyncio.wait(
            pending, return_when=asyncio.FIRST_COMPLETED
        )
        for task in done:
            result = task.result()
            if result is not StopAsyncIteration:
                yield result

async def ticker(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def main():
    loop = asyncio.get_running_loop()
    async for price in merge_streams(ticker("A", 0.3, 3), ticker("B", 0.5, 3)):
        print(f"t={loop.time()}: {price}")
    print("merged stream ended: 6 items were expected")

asyncio.run(main())
