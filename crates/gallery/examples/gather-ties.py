import asyncio

order = []

async def sleeper(i):
    await asyncio.sleep(1)  # twelve timers, all due at t = 1.0
    order.append(i)

async def main():
    await asyncio.gather(*(sleeper(i) for i in range(12)))
    print("all woke at t =", asyncio.get_running_loop().time())
    print("wake-up order:", order)  # a binary heap breaks the tie, not arrival order

asyncio.run(main())
