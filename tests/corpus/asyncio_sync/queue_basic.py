import asyncio

async def main():
    q = asyncio.Queue()
    print(q.empty(), q.qsize(), q.full(), q.maxsize)
    for i in range(3):
        await q.put(i)
    print(q.qsize(), q.empty())
    print([await q.get() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")

asyncio.run(main())
