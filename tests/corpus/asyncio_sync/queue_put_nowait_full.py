import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    print(q.full())
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull raised")
    q.put_nowait("c")

asyncio.run(main())
