import asyncio

async def getter(name, q):
    item = await q.get()
    print(name, "got", item, asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(3)]
    await asyncio.sleep(1)
    for x in "abc":
        q.put_nowait(x)
    await asyncio.gather(*tasks)

asyncio.run(main())
