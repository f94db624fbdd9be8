import asyncio

async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

async def main():
    print(await compute(), asyncio.get_running_loop().time())

print(asyncio.run(main()))
