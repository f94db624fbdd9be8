import asyncio

async def square(x):
    await asyncio.sleep(x)
    return x * x

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(square(i), name=f"sq{i}") for i in range(4)]
    print([t.result() for t in tasks], [t.get_name() for t in tasks])
    print(asyncio.get_running_loop().time())

asyncio.run(main())
