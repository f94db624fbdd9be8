import asyncio

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        print("child done", name)
    except asyncio.CancelledError:
        print("cancelled", name, asyncio.get_running_loop().time())
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 1))
            tg.create_task(child("b", 2, fail=True))
            tg.create_task(child("c", 3))
    except* ValueError as eg:
        print("eg:", eg.exceptions)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
