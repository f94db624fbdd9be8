import asyncio

async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("bad")

async def nested(loop):
    try:
        loop.run_until_complete(asyncio.sleep(1))
    except RuntimeError as e:
        print("inner:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    return "done"

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("caught", repr(e), loop.time())
print(loop.run_until_complete(nested(loop)))
t = loop.create_task(asyncio.sleep(2, "slept"))
print(t.get_name(), t.done())
print(loop.run_until_complete(t), loop.time())
loop.close()
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(1))
except RuntimeError as e:
    print("after close:", e)
