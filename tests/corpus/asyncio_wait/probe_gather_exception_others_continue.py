import asyncio

async def ok(d):
    await asyncio.sleep(d)
    print("ok", d)
    return d

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError(f"bad {d}")

async def main():
    try:
        await asyncio.gather(ok(1), bad(0.5), ok(2))
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())
    await asyncio.sleep(3)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
