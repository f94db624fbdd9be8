import asyncio

async def worker(barrier, name, delay):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(delay)
    print(f"{loop.time():.1f} {name} arrives; {barrier!r}".replace(hex(id(barrier)), '0x'))
    index = await barrier.wait()
    print(f"{loop.time():.1f} {name} passes with index {index}; n_waiting={barrier.n_waiting}")
    return index

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    print(repr(b).replace(hex(id(b)), '0x'))
    results = await asyncio.gather(*(worker(b, f"w{i}", i * 0.5) for i in range(3)))
    print("results", results)
    print(repr(b).replace(hex(id(b)), '0x'))
    # a second round reuses the barrier
    results = await asyncio.gather(*(worker(b, f"r{i}", 0.25 * (2 - i)) for i in range(3)))
    print("round 2", results)
    async with asyncio.Barrier(1) as pos:
        print("async with gives", pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError), asyncio.BrokenBarrierError.__module__)

asyncio.run(main())
