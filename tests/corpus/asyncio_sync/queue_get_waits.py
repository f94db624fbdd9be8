import asyncio

async def late_put(q):
    await asyncio.sleep(3)
    await q.put("finally")

async def main():
    q = asyncio.Queue()
    asyncio.create_task(late_put(q))
    print(await q.get(), asyncio.get_running_loop().time())

asyncio.run(main())
