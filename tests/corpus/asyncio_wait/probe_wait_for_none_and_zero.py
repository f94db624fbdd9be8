import asyncio

async def f():
    await asyncio.sleep(1)
    return "ok"

async def main():
    print(await asyncio.wait_for(f(), None))
    try:
        await asyncio.wait_for(f(), 0)
    except TimeoutError:
        print("zero timeout", asyncio.get_running_loop().time())
    t = asyncio.create_task(asyncio.sleep(0, "ready"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))

asyncio.run(main())
