import asyncio

async def sleeper(i, order):
    await asyncio.sleep(1)
    order.append(i)

async def main():
    order = []
    await asyncio.gather(*(sleeper(i, order) for i in range(20)))
    print(order)
    order2 = []
    tasks = [asyncio.create_task(sleeper(i, order2)) for i in range(20)]
    await asyncio.sleep(2)
    print(order2)

asyncio.run(main())
