import asyncio

async def countdown(n):
    if n == 0:
        return "liftoff"
    await asyncio.sleep(0.1)
    print(n)
    return await countdown(n - 1)

async def main():
    print(await countdown(3), round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
