import asyncio

async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    q.task_done()

asyncio.run(main())
