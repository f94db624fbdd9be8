import asyncio

async def conn():
    try:
        for i in range(5):
            yield i
    finally:
        print("closing connection", asyncio.get_running_loop().time())
        await asyncio.sleep(2)
        print("connection closed", asyncio.get_running_loop().time())

async def main():
    async for i in conn():
        break
    for step in range(4):
        await asyncio.sleep(1)
        print("main step", step, asyncio.get_running_loop().time())

asyncio.run(main())
