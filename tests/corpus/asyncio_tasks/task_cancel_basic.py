import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled inside at", asyncio.get_running_loop().time())
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    print("cancel returns", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel(), asyncio.get_running_loop().time())

asyncio.run(main())
