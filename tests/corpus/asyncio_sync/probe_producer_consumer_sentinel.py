import asyncio

async def producer(q, name, n):
    for i in range(n):
        await asyncio.sleep(0.2)
        await q.put(f"{name}{i}")
        print(f"{name} put {name}{i} size={q.qsize()} t={asyncio.get_running_loop().time():.1f}")

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            print(name, "stops")
            return
        await asyncio.sleep(0.5)
        print(name, "handled", item, f"t={asyncio.get_running_loop().time():.1f}")
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await asyncio.gather(producer(q, "a", 3), producer(q, "b", 2))
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    print("all done", asyncio.get_running_loop().time())

asyncio.run(main())
