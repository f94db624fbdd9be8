import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i

async def main():
    print([x async for x in agen(4)], asyncio.get_running_loop().time())
    print({x: x * x async for x in agen(3) if x})
    print({x % 2 async for x in agen(4)})
    print([await asyncio.sleep(0, i) for i in range(3)])
    print(asyncio.get_running_loop().time())

asyncio.run(main())
