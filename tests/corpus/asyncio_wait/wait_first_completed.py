import asyncio

async def job(x):
    await asyncio.sleep(x)
    return x

async def main():
    tasks = {asyncio.create_task(job(d), name=f"job{d}") for d in (3, 1, 2)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), sorted(t.get_name() for t in pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending), asyncio.get_running_loop().time())

asyncio.run(main())
