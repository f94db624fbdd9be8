import asyncio

async def child():
    await asyncio.sleep(1)
    print("child task:", asyncio.current_task().get_name())

async def main():
    ts = [asyncio.create_task(child()) for _ in range(2)]
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())
    await asyncio.gather(*ts)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
