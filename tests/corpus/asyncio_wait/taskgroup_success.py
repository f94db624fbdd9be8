import asyncio

async def job(x):
    await asyncio.sleep(x)
    print("job", x, "done", asyncio.get_running_loop().time())
    return x * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(2))
        t2 = tg.create_task(job(1))
        print("tasks started")
    print("group exited", t1.result(), t2.result(), asyncio.get_running_loop().time())

asyncio.run(main())
