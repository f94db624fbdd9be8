import asyncio

async def agen():
    yield "a"
    yield "b"

g = agen()
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("value via StopIteration:", e.value)
aw2 = g.asend(None)
try:
    aw2.throw(KeyError("k"))
except KeyError as e:
    print("thrown back", repr(e))
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")
