import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
