import asyncio

async def gen():
    try:
        for i in range(3):
            yield i
    finally:
        print("gen finally", asyncio.get_running_loop().time())

async def main():
    try:
        async for v in gen():
            raise KeyError("body failed")
    except KeyError:
        print("caught in main")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
