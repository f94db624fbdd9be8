import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print("child cancelled", n)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(0.5)
            raise ValueError("body failed")
    except* ValueError as eg:
        print("caught", repr(eg.exceptions[0]), asyncio.get_running_loop().time())

asyncio.run(main())
