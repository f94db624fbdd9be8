import asyncio

async def inner():
    try:
        for i in range(10):
            yield i
    finally:
        print("inner finally", asyncio.get_running_loop().time())

async def outer():
    try:
        async for x in inner():
            yield x * 100
    finally:
        print("outer finally")

async def main():
    async for v in outer():
        print(v)
        if v >= 100:
            break
    print("after break")
    await asyncio.sleep(0)
    print("one tick")
    await asyncio.sleep(0)
    print("two ticks")
    await asyncio.sleep(0)
    print("three ticks")

asyncio.run(main())
