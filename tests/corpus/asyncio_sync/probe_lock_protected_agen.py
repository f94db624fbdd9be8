import asyncio

lock = None

async def guarded(name):
    async with lock:
        for i in range(2):
            await asyncio.sleep(0.1)
            yield f"{name}{i}"

async def reader(name):
    async for v in guarded(name):
        print(v, asyncio.get_running_loop().time(), lock.locked())

async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(reader("a"), reader("b"))
    print(lock.locked())

asyncio.run(main())
