import asyncio

async def coro():
    await asyncio.sleep(0.5)
    return "coro result"

async def main():
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    print(await t)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.set_result(3)
    print(await fut)

asyncio.run(main())
