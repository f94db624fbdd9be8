# An async generator driven by `async for`, `anext()` with a default, `athrow()` and
# `aclose()` in the middle of an iteration, with GeneratorExit seen in its finally.
import asyncio


async def ticker(label):
    n = 0
    try:
        while True:
            try:
                yield f"{label}{n}"
            except ValueError as e:
                print("ticker caught", e)
                yield f"{label}-recovered"
            n += 1
    except GeneratorExit:
        print(label, "got GeneratorExit")
        raise
    finally:
        print(label, "finally at", n)


async def short():
    yield 1
    yield 2


async def main():
    t = ticker("a")
    async for v in t:
        print("got", v)
        if v == "a2":
            break
    print("anext:", await anext(t))
    print("athrow ->", await t.athrow(ValueError("boom")))
    print("anext after athrow:", await anext(t, "default"))
    await t.aclose()
    print("after aclose:", await anext(t, "exhausted"))
    s = short()
    print([await anext(s, None) for _ in range(4)])
    u = ticker("u")
    async for v in u:
        if v == "u1":
            await u.aclose()
            print("closed inside the loop")
    print("loop over closed generator ended")
    w = ticker("w")
    print(await anext(w))
    try:
        await w.athrow(KeyError("stop"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    print(await anext(w, "w exhausted"))


asyncio.run(main())
