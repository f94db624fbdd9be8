import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending), asyncio.get_running_loop().time())
    for t in pending:
        t.cancel()
    done2, _ = await asyncio.wait(pending)
    print(sorted(t.cancelled() for t in done2))

asyncio.run(main())
