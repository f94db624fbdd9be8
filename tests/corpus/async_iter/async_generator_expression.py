import asyncio

async def agen():
    for i in range(3):
        yield i

async def main():
    doubled = (x * 2 async for x in agen())
    print(type(doubled).__name__)
    async for v in doubled:
        print(v)
    gen = (await asyncio.sleep(0.25, i) for i in range(2))
    print(type(gen).__name__)
    print([x async for x in gen], asyncio.get_running_loop().time())

asyncio.run(main())
