# `async for` over async generators in the steps the hot loop takes (the `__anext__()`
# awaitable resuming the generator, its own yield ending the await) next to the cases it
# leaves to the general path: inner awaits, asend values, a finished generator, a
# generator already running, a kept awaitable, break with finally.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


async def with_awaits(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
        await asyncio.sleep(0)


async def echo():
    got = None
    while True:
        got = yield got


async def guarded(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally")


async def consumer(name, agen, out):
    async for x in agen:
        out.append((name, x))
        await asyncio.sleep(0)


async def main():
    print([x async for x in numbers(5)])
    print([x async for x in with_awaits(3)])

    ag = numbers(2)
    print([x async for x in ag], [x async for x in ag])
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("StopAsyncIteration after exhaustion")

    e = echo()
    print(await e.asend(None), await e.asend(1), await anext(e), await e.asend("x"))
    fresh = echo()
    try:
        await fresh.asend(5)
    except TypeError as err:
        print("TypeError:", err)

    aw = anext(numbers(3))
    print(await aw)
    try:
        await aw
    except RuntimeError as err:
        print("RuntimeError:", err)

    log = []
    async for x in guarded(log):
        if x == 2:
            break
    print("broke at", x, log)
    g = guarded(log)
    async for x in g:
        if x == 1:
            await g.aclose()
            break
    print("closed at", x, log)

    out = []
    shared = with_awaits(4)
    try:
        await asyncio.gather(consumer("a", shared, out), consumer("b", shared, out))
    except RuntimeError as err:
        print("RuntimeError:", err)
    print(out)

    two = numbers(6)
    out = []
    await asyncio.gather(consumer("a", two, out), consumer("b", two, out))
    print(out)

    total = 0
    async for x in numbers(1000):
        total += x
    print(total)


asyncio.run(main())
