import asyncio

async def job(x):
    await asyncio.sleep(x)
    return x

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 5)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    print([t.done() for t in tasks])
    await asyncio.wait(pending)
    print("all done", asyncio.get_running_loop().time())

asyncio.run(main())
