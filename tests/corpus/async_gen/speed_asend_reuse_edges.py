# asend objects whose await finished are reused internally only when nothing else holds
# them: a kept object must still refuse a second await, and a fresh one must work.
import asyncio


async def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("numbers finally")


async def main():
    g = numbers(5)
    kept = g.__anext__()
    print("kept ->", await kept)
    # The next __anext__ must be a new object, not the kept one reset.
    fresh = g.__anext__()
    print("fresh is kept:", fresh is kept)
    print("fresh ->", await fresh)
    try:
        await kept
    except RuntimeError as e:
        print("kept again:", e)
    total = 0
    async for x in g:
        total += x
    print("total", total)
    held = []
    g2 = numbers(3)
    for _ in range(3):
        a = g2.__anext__()
        held.append(a)
        print("value", await a)
    print("distinct held:", len({id(a) for a in held}))
    for a in held:
        try:
            await a
        except RuntimeError as e:
            print(type(e).__name__, e)
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("g2 done")


asyncio.run(main())
