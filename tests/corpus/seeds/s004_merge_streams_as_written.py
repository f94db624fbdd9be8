# Seed 004, merge_streams exactly as written: it schedules only one anext() per stream, so
# it yields just the first item of each.
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

async def ticker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def main():
    async for value in merge_streams(ticker("a", 0.3, 3), ticker("b", 0.5, 3)):
        print(value, asyncio.get_running_loop().time())
    print("merge finished")

asyncio.run(main())
