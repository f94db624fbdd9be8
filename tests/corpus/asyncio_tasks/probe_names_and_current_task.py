import asyncio

async def who():
    t = asyncio.current_task()
    print("I am", t.get_name())
    await asyncio.sleep(0)
    return t.get_name()

async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(who())
    b = asyncio.create_task(who(), name="custom")
    c = asyncio.create_task(who())
    c.set_name("renamed")
    print(await a, await b, await c)
    print(asyncio.current_task() is asyncio.current_task())

asyncio.run(main())
