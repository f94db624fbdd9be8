import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally", asyncio.get_running_loop().time())

async def main():
    async for n in numbers():
        if n == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after first sleep(0)")
    await asyncio.sleep(0)
    print("after second sleep(0)")
    await asyncio.sleep(0)
    print("after third sleep(0)")

asyncio.run(main())
