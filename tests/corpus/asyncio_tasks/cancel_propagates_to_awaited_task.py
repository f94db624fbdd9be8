import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await inner()
    except asyncio.CancelledError:
        print("outer sees cancellation")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(2)
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled(), t.done(), asyncio.get_running_loop().time())

asyncio.run(main())
