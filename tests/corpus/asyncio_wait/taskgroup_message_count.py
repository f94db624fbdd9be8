import asyncio

async def fail(n):
    raise RuntimeError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fail(i))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
        print(str(eg))

asyncio.run(main())
