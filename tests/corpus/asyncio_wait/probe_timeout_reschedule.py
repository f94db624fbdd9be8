import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            print(cm.when())
            cm.reschedule(loop.time() + 3)
            await asyncio.sleep(2)
            print("slept 2 at", loop.time())
            await asyncio.sleep(2)
    except TimeoutError:
        print("expired", cm.expired(), loop.time())

asyncio.run(main())
