import asyncio

async def val(x, d=0.1):
    await asyncio.sleep(d)
    return x

async def boom(msg, d=0.1):
    await asyncio.sleep(d)
    raise RuntimeError(msg)

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.2).__await__()
        return "from __await__"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather())
    c = val("same")
    print(await asyncio.gather(c, c, val("other")))
    print(await asyncio.gather(val(1), Awaitable(), asyncio.sleep(0.3, "slept")), loop.time())
    try:
        await asyncio.gather(val(1), boom("first", 0.2), boom("second", 0.3))
    except RuntimeError as e:
        print("gather raised", e, loop.time())
    await asyncio.sleep(0.5)
    res = await asyncio.gather(val(1), boom("x"), return_exceptions=True)
    print(res)
    g = asyncio.gather(val(1, 5), val(2, 5))
    await asyncio.sleep(0.1)
    print(g.cancel(), g.cancelled())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", loop.time())
    try:
        asyncio.gather(5)
    except TypeError as e:
        print("TypeError:", e)
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "future value")
    print(await asyncio.gather(fut, val("v")), loop.time())
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.sleep(-1, "negative"), await asyncio.sleep(0, "zero"), loop.time())

asyncio.run(main())
