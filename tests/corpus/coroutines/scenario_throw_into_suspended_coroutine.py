class Suspend:
    def __await__(self):
        yield "paused"

async def coro():
    try:
        await Suspend()
    except KeyError as e:
        print("coroutine caught", repr(e))
        return "handled"

c = coro()
print(c.send(None))
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print("returned", e.value)
