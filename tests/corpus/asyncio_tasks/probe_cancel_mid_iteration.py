import asyncio

async def stream():
    try:
        for i in range(100):
            await asyncio.sleep(0.3)
            yield i
    except asyncio.CancelledError:
        print("stream saw CancelledError")
        raise
    finally:
        print("stream finally", asyncio.get_running_loop().time())

async def consume():
    total = 0
    try:
        async for v in stream():
            total += v
            print("item", v)
    except asyncio.CancelledError:
        print("consumer cancelled with total", total)
        raise

async def main():
    t = asyncio.create_task(consume())
    await asyncio.sleep(1)
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", repr(e), t.cancelled())

asyncio.run(main())
