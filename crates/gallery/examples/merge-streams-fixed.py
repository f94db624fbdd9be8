import asyncio

async def merge_streams(*streams):
    """Merge multiple async iterators, asking again the one that delivered."""
    pending = {}  # task -> the iterator whose anext() it awaits
    for s in streams:
        it = aiter(s)
        pending[asyncio.create_task(anext(it, StopAsyncIteration))] = it

    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            it = pending.pop(task)
            result = task.result()
            if result is not StopAsyncIteration:
                pending[asyncio.create_task(anext(it, StopAsyncIteration))] = it
                yield result

async def ticker(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def main():
    loop = asyncio.get_running_loop()
    async for price in merge_streams(ticker("A", 0.3, 3), ticker("B", 0.5, 3)):
        print(f"t={round(loop.time(), 2)}: {price}")
    print("merged stream ended")

asyncio.run(main())
