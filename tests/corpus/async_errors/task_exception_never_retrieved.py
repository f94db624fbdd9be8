import asyncio

async def fails():
    raise ValueError("nobody looks at me")

async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(1)
    print("main finished")

asyncio.run(main())
print("after run")
