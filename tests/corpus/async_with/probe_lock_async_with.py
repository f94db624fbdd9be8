import asyncio

async def worker(name, lock):
    async with lock:
        print(name, "has lock", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
    print(name, "released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f"w{i}", lock) for i in range(3)))
    print(lock.locked())

asyncio.run(main())
