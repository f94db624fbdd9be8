import asyncio

async def double(x):
    await asyncio.sleep(x)
    return x * 2

async def main():
    print([await double(i) for i in range(3)])
    print(asyncio.get_running_loop().time())

asyncio.run(main())
