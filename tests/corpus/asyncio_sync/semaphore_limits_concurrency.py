import asyncio

active = 0

async def download(i, sem):
    global active
    async with sem:
        active += 1
        print(f"{asyncio.get_running_loop().time():.1f} start {i} active={active}")
        await asyncio.sleep(1 + i % 2)
        active -= 1
    return i

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(download(i, sem) for i in range(5))))
    print(sem.locked())

asyncio.run(main())
