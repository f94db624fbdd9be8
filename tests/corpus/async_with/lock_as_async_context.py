import asyncio

async def worker(name, lock):
    async with lock:
        print(name, "acquired", asyncio.get_running_loop().time(), lock.locked())
        await asyncio.sleep(1)
    print(name, "released", asyncio.get_running_loop().time())

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock), worker("c", lock))
    print(lock.locked())

asyncio.run(main())
