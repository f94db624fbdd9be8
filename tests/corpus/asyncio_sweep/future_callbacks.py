import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    f = loop.create_future()
    def cb(name):
        return lambda fut: order.append((name, fut.result(), loop.time()))
    a, b = cb("a"), cb("b")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print(f.remove_done_callback(a), f.remove_done_callback(print))
    loop.call_later(1, f.set_result, 7)
    print(await f, order)
    await asyncio.sleep(0)
    print(order)
    f.add_done_callback(cb("late"))
    print(order)
    await asyncio.sleep(0)
    print(order)
    print(f.get_loop() is loop, f.done(), f.cancelled(), f.cancel())
    g = loop.create_future()
    g.set_exception(KeyError)
    print(repr(g.exception()), type(g.exception()).__name__)
    try:
        await g
    except KeyError as e:
        print("awaiting g raised KeyError", repr(e))
    h = loop.create_future()
    try:
        h.set_exception("not an exception")
    except TypeError as e:
        print("TypeError:", e)
    h.cancel("why")
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("exception() of a cancelled future:", e.args)
    class Delegating:
        def __init__(self, fut):
            self.fut = fut
        def __await__(self):
            return self.fut.__await__()
    d = loop.create_future()
    loop.call_later(0.5, d.set_result, "delegated")
    print(await Delegating(d), loop.time())
    t = asyncio.create_task(asyncio.sleep(1, "task result"))
    t.add_done_callback(lambda task: print("task done callback:", task.result(), loop.time()))
    print(await t)
    await asyncio.sleep(0)

asyncio.run(main())
