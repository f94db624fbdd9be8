import asyncio

async def slow_numbers(name):
    for i in range(3):
        await asyncio.sleep(1)  # waiting for the next item
        yield f"{name}{i}"

async def consumer(name):
    loop = asyncio.get_running_loop()
    async for item in slow_numbers(name):
        print(f"t={loop.time()}: {name} got {item}, processing for 0.5 s")
        await asyncio.sleep(0.5)  # the next anext() starts only after this

async def main():
    loop = asyncio.get_running_loop()
    print("one consumer: items arrive one after another")
    await consumer("A")
    print(f"t={loop.time()}: 3 items took 4.5 s (3 x 1 s waiting + 3 x 0.5 s processing)\n")

    print("two consumers in two tasks: their waits overlap")
    start = loop.time()
    await asyncio.gather(consumer("B"), consumer("C"))
    print(f"t={loop.time()}: 6 items took {loop.time() - start} s")

asyncio.run(main())
