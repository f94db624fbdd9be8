import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(f"{asyncio.get_running_loop().time():.1f} {name} finished {item}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    for d in [0.5, 1, 1.5, 0.25, 2]:
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("all done at", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
