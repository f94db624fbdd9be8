import asyncio

async def job():
    print("never starts")

async def main():
    t = asyncio.create_task(job())
    print(t.cancel())
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raised CancelledError")

asyncio.run(main())
