import asyncio

async def fails():
    await asyncio.sleep(1)
    raise ValueError("shared failure")

async def waiter(name, t):
    try:
        await t
    except ValueError as e:
        print(name, "saw", e)

async def main():
    t = asyncio.create_task(fails())
    await asyncio.gather(waiter("a", t), waiter("b", t))

asyncio.run(main())
