import asyncio

async def main():
    r = asyncio.StreamReader(limit=5)
    r.feed_data(b"abcdefgh\nxy\n")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed, e.args)
    print(repr(r))
    try:
        await r.readline()
    except ValueError as e:
        print("readline ValueError:", e)
    print(repr(r), await r.readline())
    r.feed_data(b"0123456789")
    try:
        await r.readline()
    except ValueError as e:
        print("readline ValueError:", e)
    print(repr(r))
    r.feed_data(b"ok\n")
    print(await r.readline())
    # the exception set on a reader is raised by its reads
    r.set_exception(ConnectionResetError("peer went away"))
    print(repr(r))
    for coro in [r.read(), r.readline(), r.readexactly(1)]:
        try:
            await coro
        except ConnectionResetError as e:
            print("raised:", e)
    print(repr(r.exception()))

asyncio.run(main())
