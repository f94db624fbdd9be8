import asyncio

async def job(x):
    await asyncio.sleep(x)
    return x * 10

def report(task):
    print("callback:", task.get_name(), task.result(), asyncio.get_running_loop().time())

async def main():
    t = asyncio.create_task(job(1), name="job1")
    t.add_done_callback(report)
    t.add_done_callback(lambda task: print("second callback"))
    await t
    print("after await")
    await asyncio.sleep(0)
    print("after one more iteration")
    t.add_done_callback(lambda task: print("late callback on done task"))
    await asyncio.sleep(0)

asyncio.run(main())
