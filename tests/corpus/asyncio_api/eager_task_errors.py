import asyncio

async def fails_at_once():
    raise ValueError("boom before any await")

async def fails_later():
    await asyncio.sleep(0)
    raise KeyError("later")

async def cancelled_at_once():
    raise asyncio.CancelledError("gave up")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(fails_at_once(), name="first")
    print(t.done(), repr(t.exception()))
    print(repr(t))
    t2 = asyncio.create_task(fails_later())
    print(t2.done())
    try:
        await t2
    except KeyError as e:
        print("KeyError", e)
    t3 = asyncio.create_task(cancelled_at_once())
    print(t3.done(), t3.cancelled())
    try:
        t3.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    # a TaskGroup with eager children
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.1, "slept"))
        b = tg.create_task(fails_later.__name__.upper() and asyncio.sleep(0, "now"))
        print("in group:", a.done(), b.done())
    print(a.result(), b.result())
    d = asyncio.create_task(fails_at_once(), name="kept")
    print(repr(d), repr(d.exception()))
    # gather over eager tasks that all finish at once completes at once
    g = asyncio.gather(fails_at_once(), return_exceptions=True)
    print(g.done(), await g)

asyncio.run(main())
