# The classic mistake: time.sleep() in a coroutine blocks the whole event loop,
# so "concurrent" workers run one after the other and the total is the sum.
import asyncio
import time


async def blocking(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name} starts")
    time.sleep(delay)
    print(f"{loop.time():.1f} {name} ends")
    return name


async def polite(name, delay):
    loop = asyncio.get_running_loop()
    print(f"{loop.time():.1f} {name} starts")
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} {name} ends")
    return name


async def ticker():
    for i in range(4):
        print(f"{asyncio.get_running_loop().time():.1f} tick {i}")
        await asyncio.sleep(0.5)


async def main():
    t0 = time.monotonic()
    print(await asyncio.gather(blocking("A", 1), blocking("B", 1), ticker()))
    print(f"blocking total: {time.monotonic() - t0:.1f}s")
    t0 = time.monotonic()
    print(await asyncio.gather(polite("C", 1), polite("D", 1), ticker()))
    print(f"polite total: {time.monotonic() - t0:.1f}s")
    # A timer that fell due during a blocking sleep fires as soon as the loop gets control.
    asyncio.get_running_loop().call_later(0.1, print, "late timer at", asyncio.get_running_loop().time())
    time.sleep(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
