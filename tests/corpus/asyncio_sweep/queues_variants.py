import asyncio

def show(q):
    return repr(q).replace(hex(id(q)), "0x")

async def main():
    loop = asyncio.get_running_loop()
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        pq.put_nowait(item)
    print(show(pq), str(pq), pq.qsize())
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait(1)
    lq.put_nowait(2)
    print(lq.full(), show(lq))
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print(lq.get_nowait(), lq.get_nowait(), lq.empty())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q = asyncio.Queue(1)
    print(q.maxsize, show(q))
    async def producer():
        for i in range(3):
            await q.put(i)
            print(loop.time(), "put", i, show(q))
    async def consumer():
        for _ in range(3):
            await asyncio.sleep(1)
            item = await q.get()
            print(loop.time(), "got", item)
            q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    print("joined", show(q))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(show(q))
    getter.cancel()
    await asyncio.sleep(0)
    print(show(q), getter.cancelled())
    try:
        await asyncio.wait_for(q.get(), timeout=1)
    except TimeoutError:
        print(loop.time(), "get timed out")
    q2 = asyncio.Queue()
    try:
        asyncio.Queue(maxsize=2).put_nowait(1) or print("put ok")
        async for x in q2:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
