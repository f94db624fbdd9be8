import asyncio

async def ok(x):
    await asyncio.sleep(x)
    return x

async def fail(x):
    await asyncio.sleep(x)
    raise ValueError(f"failed after {x}")

async def main():
    results = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print([repr(r) for r in results], asyncio.get_running_loop().time())

asyncio.run(main())
