import asyncio

async def level(n):
    if n == 0:
        await asyncio.sleep(1)
        return 0
    return 1 + await level(n - 1)

async def main():
    print(await level(100), asyncio.get_running_loop().time())

asyncio.run(main())
