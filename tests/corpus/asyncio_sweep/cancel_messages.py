import asyncio

async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker("a"), name="A")
    await asyncio.sleep(1)
    print(t.cancel("time to stop"), t.cancelling(), repr(t).split(" coro=")[0])
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting A raised", e.args, loop.time())
    print(t.cancelled(), t.done(), t.cancel(), repr(t))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raised", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raised", e.args)
    # cancelling a task before it starts
    t2 = asyncio.create_task(worker("b"))
    t2.cancel()
    await asyncio.sleep(0)
    print("b:", t2.cancelled())
    # gather with a cancelled child, return_exceptions
    t3 = asyncio.create_task(worker("c"))
    t4 = asyncio.create_task(asyncio.sleep(0.5, "ok"))
    loop.call_later(0.2, t3.cancel, "c stops")
    res = await asyncio.gather(t3, t4, return_exceptions=True)
    print([repr(r) for r in res])
    t5 = asyncio.create_task(worker("d"))
    loop.call_later(0.2, t5.cancel)
    res = await asyncio.gather(t5, return_exceptions=True)
    print([repr(r) for r in res])
    # future cancel message
    f = loop.create_future()
    f.cancel(msg="future msg")
    try:
        await f
    except asyncio.CancelledError as e:
        print("future:", e.args, repr(f))
    # uncaught cancellation of gather without return_exceptions
    t6 = asyncio.create_task(worker("e"))
    loop.call_later(0.1, t6.cancel, "e stops")
    try:
        await asyncio.gather(t6)
    except asyncio.CancelledError as e:
        print("gather raised", e.args)

asyncio.run(main())
