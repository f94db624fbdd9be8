async def inner():
    return 5

async def outer():
    x = await inner()
    return x + 1

c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
