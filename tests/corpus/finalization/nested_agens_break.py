import asyncio

async def inner():
    try:
        for i in range(5):
            yield i
    finally:
        print("inner finally")

async def outer():
    try:
        async for v in inner():
            yield v * 10
    finally:
        print("outer finally")

async def main():
    async for v in outer():
        if v == 10:
            break
    for i in range(4):
        await asyncio.sleep(0)
        print("tick", i)

asyncio.run(main())
