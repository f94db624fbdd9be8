import asyncio

async def main():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b"hello world, this is data")
    print(repr(r))
    print(await r.read(5), await r.readexactly(7), await r.read(0))
    print(await r.readuntil(b","), repr(r))
    r.feed_data(b"")
    r.feed_data([33, 63])
    print(repr(r))

    async def feeder():
        await asyncio.sleep(1)
        r.feed_data(b"more")
        await asyncio.sleep(1)
        r.feed_eof()

    t = asyncio.create_task(feeder())
    print(await r.readexactly(13), loop.time())
    print(await r.read(100), loop.time())
    print(await r.read(), loop.time(), r.at_eof())
    await t
    r2 = asyncio.StreamReader()
    r2.feed_data(b"abc")
    r2.feed_eof()
    try:
        await r2.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected, isinstance(e, EOFError))
    r3 = asyncio.StreamReader()
    r3.feed_data(b"x--y")
    r3.feed_eof()
    print(await r3.readuntil(b"--"))
    try:
        await r3.readuntil(b"--")
    except asyncio.IncompleteReadError as e:
        print(e, e.partial, e.expected)
    print(repr(r3), r3.at_eof())
    for bad in [lambda: r3.readexactly(-1), lambda: r3.readuntil(b"")]:
        try:
            await bad()
        except ValueError as e:
            print("ValueError:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        r3.feed_data(b"late")
    except AssertionError as e:
        print("AssertionError:", e)
    r4 = asyncio.StreamReader()
    for bad in ["text", 5]:
        try:
            r4.feed_data(bad)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
