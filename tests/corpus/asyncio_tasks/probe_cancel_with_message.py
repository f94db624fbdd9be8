import asyncio

async def job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("inside:", repr(e), e.args)
        raise

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(1)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", repr(e))
    print(t.cancelled())

asyncio.run(main())
