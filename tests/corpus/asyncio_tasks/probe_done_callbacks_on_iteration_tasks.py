import asyncio

async def items(n):
    for i in range(n):
        await asyncio.sleep(0.2)
        yield i

async def total(n):
    return sum([i async for i in items(n)])

def report(task):
    print("done:", task.get_name(), task.result(), asyncio.get_running_loop().time())

async def main():
    tasks = []
    for n in (3, 1, 2):
        t = asyncio.create_task(total(n), name=f"total-{n}")
        t.add_done_callback(report)
        tasks.append(t)
    await asyncio.wait(tasks)
    print([t.result() for t in tasks])

asyncio.run(main())
