class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        value = yield self.tag
        return value

async def agen():
    got = await Suspend("await-1")
    print("agen resumed with", got)
    yield "yielded-1"
    await Suspend("await-2")
    yield "yielded-2"

g = agen()
step = g.__anext__()
print("suspended on", step.send(None))
try:
    step.send("hello")
except StopIteration as e:
    print("anext finished with", e.value)
step = g.__anext__()
print("suspended on", step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print("anext finished with", e.value)
step = g.__anext__()
try:
    step.send(None)
except StopAsyncIteration:
    print("exhausted")
