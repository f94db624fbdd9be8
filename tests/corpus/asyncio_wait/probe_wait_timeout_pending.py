import asyncio

async def f(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = {asyncio.create_task(f(d), name=f"t{d}") for d in (1, 2, 3)}
    done, pending = await asyncio.wait(tasks, timeout=2.5)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print(asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(pending)
    print(len(done), len(pending), asyncio.get_running_loop().time())

asyncio.run(main())
