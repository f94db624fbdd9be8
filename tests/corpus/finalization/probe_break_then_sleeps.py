import asyncio

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally")

async def main():
    async for x in agen():
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep 1")
    await asyncio.sleep(0)
    print("after sleep 2")

asyncio.run(main())
