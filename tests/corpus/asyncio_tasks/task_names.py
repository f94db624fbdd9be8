import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    print(asyncio.current_task().get_name())
    tasks = [asyncio.create_task(noop()) for _ in range(3)]
    print([t.get_name() for t in tasks])
    await asyncio.gather(*tasks)
    t = asyncio.ensure_future(noop())
    print(t.get_name())
    await t
    named = asyncio.create_task(noop(), name="custom")
    print(named.get_name())
    named.set_name("renamed")
    print(named.get_name())
    await named

asyncio.run(main())
