import asyncio

async def f():
    try:
        await asyncio.sleep(1)
    except ValueError as e:
        print("caught", e)
        return "handled"
    finally:
        print("finally")

c = f()
c.send(None)
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("returned", e.value)
d = f()
d.send(None)
d.close()
print("closed")
