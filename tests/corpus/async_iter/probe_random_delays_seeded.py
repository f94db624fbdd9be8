# Workers with random (seeded) delays: the completion order follows the delays.
import asyncio
import random

random.seed(1)


async def fetch(i):
    delay = round(random.uniform(0.1, 1.0), 2)
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.2f} job {i} took {delay}")
    return i, delay


async def producer(n):
    for i in range(n):
        await asyncio.sleep(random.random() / 10)
        yield random.randint(1, 100)


async def main():
    print(await asyncio.gather(*(fetch(i) for i in range(5))))
    print([x async for x in producer(6)])


asyncio.run(main())
