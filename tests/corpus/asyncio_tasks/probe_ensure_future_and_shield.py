import asyncio

async def work():
    await asyncio.sleep(2)
    print("work finished", asyncio.get_running_loop().time())
    return 42

async def main():
    t = asyncio.ensure_future(work())
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    try:
        await asyncio.wait_for(asyncio.shield(t), 1)
    except TimeoutError:
        print("timed out, shielded task alive:", not t.done())
    print(await t)

asyncio.run(main())
