import asyncio

async def value(x):
    await asyncio.sleep(0.1)
    return x * 2

async def main():
    print(f"{await value(3)} and {await value(4)!r:>5}|")
    print(f"t={asyncio.get_running_loop().time():.1f}")

asyncio.run(main())
