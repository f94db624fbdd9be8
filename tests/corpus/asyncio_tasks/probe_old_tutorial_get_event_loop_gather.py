import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name, asyncio.get_event_loop().time())
    return name.upper()

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def total():
    return sum([i async for i in numbers(4)])

loop = asyncio.get_event_loop()
results = loop.run_until_complete(asyncio.gather(fetch("a", 0.3), fetch("b", 0.1)))
print(results)
print(loop.run_until_complete(total()), loop.time())
task = loop.create_task(fetch("late", 1))
done, pending = loop.run_until_complete(asyncio.wait([task], timeout=0.5))
print(len(done), len(pending), loop.time())
print(loop.run_until_complete(task), loop.time())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print(loop.is_closed())
