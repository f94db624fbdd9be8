import asyncio

async def f(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"failed after {d}")
    return d

async def main():
    tasks = [asyncio.create_task(f(1)), asyncio.create_task(f(2, True)), asyncio.create_task(f(3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        if t.done():
            print(t.exception())
    for t in pending:
        t.cancel()

asyncio.run(main())
