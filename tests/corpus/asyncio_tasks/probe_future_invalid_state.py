import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.result(), f.done(), f.cancel())
    g = loop.create_future()
    loop.call_later(1, g.set_exception, KeyError("x"))
    try:
        await g
    except KeyError as e:
        print("KeyError", e, loop.time())
    h = loop.create_future()
    h.set_exception(ValueError)
    print(repr(h.exception()))
    h.set_result(3)

asyncio.run(main())
