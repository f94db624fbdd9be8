import asyncio

async def stream():
    try:
        i = 0
        while True:
            await asyncio.sleep(1)
            yield i
            i += 1
    finally:
        print("stream finally", asyncio.get_running_loop().time())

async def consumer():
    try:
        async for v in stream():
            print("got", v)
    except asyncio.CancelledError:
        print("consumer cancelled")
        raise

async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(2.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())

asyncio.run(main())
