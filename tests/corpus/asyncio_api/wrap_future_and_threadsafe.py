import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.wrap_future(fut) is fut)
    loop.call_soon(print, "call_soon 1")
    h = loop.call_soon_threadsafe(print, "call_soon_threadsafe")
    loop.call_soon(print, "call_soon 2")
    print(type(h).__name__)
    loop.call_later(0.5, fut.set_result, "from the timer")
    print(await asyncio.wrap_future(fut), loop.time())
    try:
        asyncio.wrap_future(5)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        print("TypeError:", e)

    class Echo(asyncio.Protocol):
        def connection_made(self, transport):
            print("made", transport)

        def data_received(self, data):
            print("received", data)

    p = Echo()
    p.connection_made(None)
    p.data_received(b"hi")
    print(p.eof_received(), p.connection_lost(None), isinstance(p, asyncio.BaseProtocol))

asyncio.run(main())
