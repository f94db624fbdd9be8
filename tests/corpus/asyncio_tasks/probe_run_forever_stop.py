import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

def cb(n):
    print("callback", n, loop.time())
    if n == 3:
        loop.stop()

async def worker():
    for i in range(5):
        print("worker", i, loop.time())
        await asyncio.sleep(1)

loop.call_later(1.5, cb, 1)
loop.call_later(2.5, cb, 3)
loop.call_soon(cb, 0)
task = loop.create_task(worker())
loop.run_forever()
print("stopped at", loop.time(), task.done())
loop.run_until_complete(task)
print("finished at", loop.time(), asyncio.get_event_loop() is loop)
loop.close()
print(loop.is_closed())
