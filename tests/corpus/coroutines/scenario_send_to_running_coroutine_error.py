class Suspend:
    def __await__(self):
        yield

async def coro():
    await Suspend()

c = coro()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.send(None)
try:
    c.send(None)
except StopIteration:
    print("done")
c.send(None)
