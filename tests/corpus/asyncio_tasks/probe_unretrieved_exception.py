import asyncio

async def fails():
    raise ValueError("nobody looks")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    print("main end")

asyncio.run(main())
