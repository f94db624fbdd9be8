import asyncio

def show(b):
    return repr(b).replace(hex(id(b)), '0x')

async def waiter(b, name):
    loop = asyncio.get_running_loop()
    try:
        i = await b.wait()
        print(f"{loop.time()} {name} passed {i}")
    except asyncio.BrokenBarrierError as e:
        print(f"{loop.time()} {name} BrokenBarrierError: {e}")

async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(waiter(b, "a"))
    t2 = asyncio.create_task(waiter(b, "b"))
    await asyncio.sleep(1)
    print(show(b))
    await b.abort()
    print(show(b), b.broken, b.n_waiting)
    await asyncio.gather(t1, t2)
    await waiter(b, "late")
    await b.reset()
    print("after reset:", show(b))
    t3 = asyncio.create_task(waiter(b, "c"))
    await asyncio.sleep(0.5)
    print(show(b))
    await b.reset()
    print("reset while waiting:", show(b))
    await t3
    print(show(b))
    # a waiter arriving while the barrier drains waits for the next round
    b2 = asyncio.Barrier(2)
    ts = [asyncio.create_task(waiter(b2, n)) for n in "xyz"]
    await asyncio.sleep(1)
    print(show(b2))
    ts.append(asyncio.create_task(waiter(b2, "w")))
    await asyncio.gather(*ts)
    print(show(b2))

asyncio.run(main())
