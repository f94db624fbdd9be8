import asyncio

async def child(i):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("child", i, "cancelled", asyncio.get_running_loop().time())
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

asyncio.run(main())
