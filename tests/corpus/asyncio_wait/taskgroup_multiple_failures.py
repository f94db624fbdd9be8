import asyncio

async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 1))
            tg.create_task(fail(TypeError, 1))
            tg.create_task(fail(KeyError, 2))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    print("at", asyncio.get_running_loop().time())

asyncio.run(main())
