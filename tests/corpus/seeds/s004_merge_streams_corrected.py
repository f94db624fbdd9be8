# Seed 004, merge_streams corrected: after each delivered item, schedule the next anext() of
# the same iterator.
import asyncio

async def merge_streams(*streams):
    pending = {}
    for s in streams:
        it = aiter(s)
        pending[asyncio.create_task(anext(it, StopAsyncIteration))] = it
    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=lambda t: t.get_name()):
            it = pending.pop(task)
            result = task.result()
            if result is not StopAsyncIteration:
                pending[asyncio.create_task(anext(it, StopAsyncIteration))] = it
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
