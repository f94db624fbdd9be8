import asyncio

async def waits_forever(fut):
    await fut

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waits_forever(fut))
    await asyncio.sleep(0.5)
    print("leaving with a pending task", t.done())

asyncio.run(main())
