import asyncio

async def source(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.5)
            yield i
    finally:
        print(name, "source closed", asyncio.get_running_loop().time())

async def consumer(name, limit):
    async for i in source(name):
        if i == limit:
            print(name, "breaking at", i, asyncio.get_running_loop().time())
            break
    await asyncio.sleep(0.1)
    print(name, "consumer done", asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(consumer("a", 1), consumer("b", 3))

asyncio.run(main())
