async def coro():
    return "value"

c = coro()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = coro()
try:
    c2.send(None)
except StopIteration as e:
    print("finished with", e.value)
c2.close()
print("closing a finished coroutine is fine")
