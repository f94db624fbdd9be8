import asyncio

def show(b):
    return repr(b).replace(hex(id(b)), '0x')

async def main():
    loop = asyncio.get_running_loop()
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait(), name="waiter")
    await asyncio.sleep(1)
    print(loop.time(), show(b))
    t.cancel("stop waiting")
    try:
        await t
    except asyncio.CancelledError as e:
        print(loop.time(), "cancelled:", e.args)
    print(show(b))
    # the barrier still works for the next pair
    r = await asyncio.gather(b.wait(), b.wait())
    print(sorted(r), show(b))
    # wait_for a barrier that never fills
    try:
        await asyncio.wait_for(b.wait(), 2)
    except TimeoutError:
        print(loop.time(), "timed out", show(b))
    # cancelling during the drain: the released party still returns
    b3 = asyncio.Barrier(2)
    t1 = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    t2 = asyncio.create_task(b3.wait())
    await asyncio.sleep(0)
    print(show(b3))
    t1.cancel()
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(x).__name__ for x in res], show(b3))
    await b.abort()
    await b.wait()

asyncio.run(main())
