import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(job("inner", 2))
    outer = asyncio.shield(inner)
    waiter = asyncio.create_task(asyncio.wait_for(outer, 1))
    try:
        await waiter
    except TimeoutError:
        print(loop.time(), "wait_for timed out; inner cancelled?", inner.cancelled(), "outer", outer.cancelled())
    print(await inner, loop.time())
    tasks = [asyncio.create_task(job(f"j{i}", d, fail=(i == 1)), name=f"j{i}") for i, d in enumerate([3, 1, 2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(loop.time(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print(loop.time(), len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(loop.time(), len(done), len(pending))
    for t in tasks:
        print(t.get_name(), repr(t.exception()) if t.exception() else t.result())
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks[0])
    except TypeError as e:
        print("TypeError:", e)
    for coro in asyncio.as_completed([job("x", 2), job("y", 1)]):
        print(loop.time(), await coro)
    try:
        for coro in asyncio.as_completed([job("slow", 5)], timeout=1):
            await coro
    except TimeoutError:
        print(loop.time(), "as_completed timed out")
    s = asyncio.shield(job("shielded", 0))
    print(await s)

asyncio.run(main())
