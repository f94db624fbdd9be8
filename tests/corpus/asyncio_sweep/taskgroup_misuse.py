import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def bad(n, exc):
    await asyncio.sleep(n)
    raise exc

async def main():
    loop = asyncio.get_running_loop()
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "<TG>"))
    c.close()
    async with tg:
        t = tg.create_task(ok(0.5), name="half")
        print(repr(tg), t.get_name())
    print(repr(tg), t.result())
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "<TG>"))
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace(repr(tg), "<TG>"))
    try:
        async with asyncio.TaskGroup() as g:
            slow = g.create_task(ok(5))
            g.create_task(bad(1, ValueError("v")))
            g.create_task(bad(1, TypeError("t")))
    except* ValueError as eg:
        print(loop.time(), "ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print(loop.time(), "TypeErrors:", [str(e) for e in eg.exceptions], slow.cancelled())
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(ok(1))
            raise KeyError("body failed")
    except* KeyError as eg:
        print(loop.time(), "body error:", eg.exceptions, type(eg).__name__)
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(bad(0.1, ValueError("inner")))
            await asyncio.sleep(1)
            print("not reached")
    except ExceptionGroup as eg:
        print(loop.time(), "caught", repr(eg))
    coro = ok(1)
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(bad(0, ValueError("first")))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            g.create_task(coro)
    except* ValueError:
        print("aborting group refused a new task")
    except* RuntimeError as eg:
        print("RuntimeError group", eg.exceptions)
    coro.close()

asyncio.run(main())
