import asyncio

async def val(x):
    await asyncio.sleep(0.1)
    return x

async def main():
    total = await val(1) + await val(2) * await val(3)
    items = [await val(i) for i in range(3)]
    d = {await val("k"): await val("v")}
    print(total, items, d, f"{await val('f')}", round(asyncio.get_running_loop().time(), 6))
    if await val(True):
        print("awaited condition")

asyncio.run(main())
