import asyncio

async def job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelling:", t.cancelling())
        print("uncancel:", t.uncancel())
        raise

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancel())

asyncio.run(main())
