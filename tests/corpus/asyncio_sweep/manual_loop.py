import asyncio

async def work(n):
    await asyncio.sleep(n)
    print("work", n, "at", asyncio.get_running_loop().time())
    return n * 10

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.time())
print(loop.run_until_complete(work(1)))
t = loop.create_task(work(2))
print(t.done(), loop.time())
print(loop.run_until_complete(t), loop.time())
loop.call_later(1, loop.stop)
loop.call_soon(print, "soon before run_forever")
loop.run_forever()
print("stopped at", loop.time())
try:
    loop.run_until_complete(5)
except TypeError as e:
    print("TypeError:", e)
fut = loop.create_future()
loop.call_later(0.5, fut.set_result, "future done")
print(loop.run_until_complete(fut), loop.time())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(work(1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner() as r:
    print(r.run(work(0.5)))
    print(r.get_loop().time())
    print(r.run(work(0.25)), r.get_loop().time())
try:
    asyncio.Runner().run(5)
except ValueError as e:
    print("ValueError:", e)
