import asyncio

async def job(x):
    await asyncio.sleep(1)
    return x

async def main():
    t = asyncio.create_task(job(1), name="worker")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result([1, 2])
    print(f)

asyncio.run(main())
