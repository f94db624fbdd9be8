import asyncio

async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t

asyncio.run(main())
asyncio.run(main())
