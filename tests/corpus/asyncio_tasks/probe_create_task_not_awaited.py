import asyncio

async def background(n):
    print("background start", n)
    await asyncio.sleep(0)
    print("background middle", n)
    await asyncio.sleep(1)
    print("background never finishes", n)

async def main():
    asyncio.create_task(background(1))
    asyncio.create_task(background(2))
    await asyncio.sleep(0)
    print("main ends")

asyncio.run(main())
print("after run")
