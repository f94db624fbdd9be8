import asyncio

def cb(tag):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.2f} {tag}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, cb, "later 1")
    loop.call_at(loop.time() + 1, cb, "at +1")
    loop.call_soon(cb, "soon A")
    h = loop.call_later(0.5, cb, "cancelled")
    loop.call_later(0.5, cb, "later 0.5")
    loop.call_soon(cb, "soon B")
    h.cancel()
    print(h.cancelled(), h.when(), repr(h).startswith("<TimerHandle cancelled"))
    h2 = loop.call_soon(cb, "soon C")
    print(repr(loop.call_soon(main)).split(" at ")[0])
    loop.call_later(-1, cb, "negative delay")
    loop.call_at(0, cb, "in the past")
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(2)
    try:
        loop.call_soon(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later("1", cb, "x")
    except TypeError as e:
        print("TypeError:", e)
    def raiser():
        raise RuntimeError("inside a callback")
    loop.call_soon(raiser)
    loop.call_soon(cb, "after the raising callback")
    await asyncio.sleep(0.1)

asyncio.run(main())
