import asyncio

async def background():
    try:
        print("background started")
        await asyncio.sleep(100)
    finally:
        print("background cancelled at shutdown", asyncio.get_running_loop().time())

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    print("main returns", asyncio.get_running_loop().time())

asyncio.run(main())
print("run returned")
