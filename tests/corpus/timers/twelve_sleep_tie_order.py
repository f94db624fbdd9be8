import asyncio

order = []

async def sleeper(i):
    await asyncio.sleep(1)
    order.append(i)

async def main():
    await asyncio.gather(*(sleeper(i) for i in range(12)))
    print(order, asyncio.get_running_loop().time())

asyncio.run(main())
