import asyncio

async def slow(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(f"{name} got cancelled at {asyncio.get_running_loop().time()}")
        raise

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
        await asyncio.sleep(1)
        return "stubborn result"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.wait_for(slow("fast", 1), 2), loop.time())
    try:
        await asyncio.wait_for(slow("late", 3), 1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, loop.time())
    print(await asyncio.wait_for(slow("no timeout", 1), None), loop.time())
    try:
        await asyncio.wait_for(slow("zero", 1), 0)
    except TimeoutError:
        print("zero timeout", loop.time())
    t = asyncio.create_task(slow("done", 0))
    await asyncio.sleep(0.1)
    print(await asyncio.wait_for(t, 0), loop.time())
    print(await asyncio.wait_for(stubborn(), 1), loop.time())
    print(len(asyncio.all_tasks()), [t.get_name() for t in asyncio.all_tasks()])
    try:
        await asyncio.wait_for(slow("neg", 1), -1)
    except TimeoutError:
        print("negative timeout", loop.time())

asyncio.run(main())
