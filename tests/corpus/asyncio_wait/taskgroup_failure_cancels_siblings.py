import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled at", asyncio.get_running_loop().time())
        raise

async def fail():
    await asyncio.sleep(1)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(fail())
    except* ValueError as eg:
        print("caught", eg.exceptions, asyncio.get_running_loop().time())

asyncio.run(main())
