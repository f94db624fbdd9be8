import asyncio

async def waiter(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "sees", box[0], asyncio.get_running_loop().time())

async def main():
    cond = asyncio.Condition()
    box = []
    ws = [asyncio.create_task(waiter(cond, f"w{i}", box)) for i in range(3)]
    await asyncio.sleep(1)
    async with cond:
        box.append("data")
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)

asyncio.run(main())
