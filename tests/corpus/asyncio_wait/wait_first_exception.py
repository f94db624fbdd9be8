import asyncio

async def job(x):
    await asyncio.sleep(x)
    if x == 2:
        raise RuntimeError("job 2 failed")
    return x

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        if t.done():
            print(t.exception() or t.result())
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
