import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 2) as cm:
            await asyncio.sleep(1)
            print("rescheduling at", loop.time())
            cm.reschedule(loop.time() + 3)
            await asyncio.sleep(10)
    except TimeoutError:
        print("expired at", loop.time(), cm.expired())

asyncio.run(main())
