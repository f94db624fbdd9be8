import asyncio

async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "consumed", items.pop(0), asyncio.get_running_loop().time())

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(2)]
    for x in ["first", "second"]:
        await asyncio.sleep(1)
        async with cond:
            items.append(x)
            cond.notify()
    await asyncio.gather(*tasks)

asyncio.run(main())
