# The awaitables of async generators and anext() (async_generator_asend/athrow,
# anext_awaitable, coroutine_wrapper) have no __dict__: setting an attribute is an
# AttributeError naming the type, and the awaitable still works afterwards.
import asyncio


async def agen():
    yield 1
    yield 2


async def coro():
    return "done"


async def main():
    g = agen()
    c = coro()
    awaitables = [g.__anext__(), g.asend(None), g.athrow(ValueError), anext(g, "default"), c.__await__()]
    for aw in awaitables:
        try:
            aw.note = "x"
            print(type(aw).__name__, "accepted an attribute")
        except AttributeError as e:
            # 3.13 appends "and no __dict__ for setting new attributes" to the message.
            prefix = f"'{type(aw).__name__}' object has no attribute 'note'"
            print(type(aw).__name__, "AttributeError", str(e).startswith(prefix))
    first = awaitables[0]
    try:
        first.send(None)
    except StopIteration as e:
        print("first value", e.value)
    for aw in awaitables[1:4]:
        aw.close()
    try:
        awaitables[4].send(None)
    except StopIteration as e:
        print("coroutine", e.value)
    await g.aclose()


asyncio.run(main())
