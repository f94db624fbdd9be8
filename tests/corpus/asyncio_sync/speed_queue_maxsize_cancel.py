# asyncio.Queue with a maxsize: putters wait when it is full, getters when it is empty,
# and a cancelled waiter (a put or a get) leaves the queue usable and the others served in
# order, on the virtual clock.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}{item}")
        print(f"{asyncio.get_running_loop().time():.1f} put {name}{item} size={q.qsize()}")


async def consumer(q, n):
    got = []
    for _ in range(n):
        got.append(await q.get())
        q.task_done()
        await asyncio.sleep(0.1)
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    print(repr(q), q.full(), q.empty())
    blocked = asyncio.create_task(q.put("never"))
    await q.put("a")
    await q.put("b")
    await asyncio.sleep(0)
    print("full:", q.full(), "blocked done:", blocked.done())
    blocked.cancel()
    try:
        await blocked
    except asyncio.CancelledError:
        print("blocked put cancelled")
    print(q.get_nowait(), q.get_nowait(), q.qsize())
    q.task_done()
    q.task_done()
    waiting_get = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    waiting_get.cancel()
    await asyncio.gather(waiting_get, return_exceptions=True)
    print("get cancelled:", waiting_get.cancelled())
    p1 = asyncio.create_task(producer(q, "x", range(3)))
    p2 = asyncio.create_task(producer(q, "y", range(3)))
    got = await consumer(q, 6)
    await asyncio.gather(p1, p2)
    print(got)
    await q.join()
    try:
        q.put_nowait(1)
        q.put_nowait(2)
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull at", q.qsize())
    try:
        await asyncio.wait_for(q.put(4), timeout=0.5)
    except TimeoutError:
        print("put timed out at", asyncio.get_running_loop().time())
    print(q.get_nowait(), q.get_nowait(), q.empty())


asyncio.run(main())
