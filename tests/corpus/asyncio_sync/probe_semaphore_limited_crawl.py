import asyncio

sem = None
active = 0

async def crawl(page):
    global active
    async with sem:
        active += 1
        print(f"start {page} active={active} t={asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
        active -= 1
    return page * 2

async def pages(n):
    for p in range(n):
        yield p

async def main():
    global sem
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(crawl(p)) async for p in pages(5)]
    print(await asyncio.gather(*tasks))
    print(asyncio.get_running_loop().time())

asyncio.run(main())
