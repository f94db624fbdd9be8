import asyncio

async def main():
    loop = asyncio.get_running_loop()
    r = asyncio.StreamReader()
    t1 = asyncio.create_task(r.readline(), name="reader-1")
    await asyncio.sleep(0)
    print(repr(r))
    try:
        await r.read(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    # a waiting read woken by set_exception
    loop.call_later(1, r.set_exception, ValueError("bad data"))
    try:
        await t1
    except ValueError as e:
        print(loop.time(), "reader-1 got", repr(e))
    r2 = asyncio.StreamReader()
    t2 = asyncio.create_task(r2.readexactly(4))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", repr(r2))
    r2.feed_data(b"12345")
    print(await r2.readexactly(4), repr(r2))
    # timeout on a stream that never gets data
    r3 = asyncio.StreamReader()
    try:
        async with asyncio.timeout(2.5):
            await r3.readline()
    except TimeoutError:
        print(loop.time(), "timed out", repr(r3))
    print("done")

asyncio.run(main())
