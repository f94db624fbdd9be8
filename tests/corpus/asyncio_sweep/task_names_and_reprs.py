import asyncio

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def main():
    me = asyncio.current_task()
    print(me.get_name(), repr(me).split(" coro=")[0])
    t = asyncio.create_task(sleeper(1), name="sleepy")
    print(repr(t).split(" coro=")[0], t.get_coro().__qualname__)
    await asyncio.sleep(0)
    r = repr(t)
    print(r[:r.index(" coro=")], "wait_for=" in r)
    t.set_name(42)
    print(repr(t.get_name()))
    t2 = asyncio.create_task(sleeper(0.5), name="t2")
    print(t2.get_name())
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print(repr(t).split(" coro=")[0], t.get_coro().__qualname__)
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f).replace("<built-in function print>", "print"))
    f.set_result([1, 2])
    print(repr(f))
    await asyncio.sleep(0)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(ValueError("bad"))
    print(repr(f2), repr(f2.exception()))
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        asyncio.get_running_loop().create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f2.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.current_task() is me, t2 in asyncio.all_tasks())
    await t2

asyncio.run(main())
c = main()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c), asyncio.isfuture(3))
c.close()
