class Suspend:
    def __await__(self):
        received = yield "suspended"
        return received

async def coro():
    try:
        got = await Suspend()
        print("coro got", got)
        got2 = await Suspend()
        print("coro got", got2)
    finally:
        print("coro finally")
    return "finished"

c = coro()
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("result", e.value)
c2 = coro()
c2.send(None)
c2.close()
c3 = coro()
c3.send(None)
try:
    c3.throw(ValueError("thrown in"))
except ValueError as e:
    print("propagated", e)
