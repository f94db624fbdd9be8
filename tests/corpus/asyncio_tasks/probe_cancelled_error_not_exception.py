import asyncio

async def job():
    try:
        await asyncio.sleep(5)
    except Exception:
        print("never: CancelledError is not an Exception")
    finally:
        print("finally", asyncio.get_running_loop().time())

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
