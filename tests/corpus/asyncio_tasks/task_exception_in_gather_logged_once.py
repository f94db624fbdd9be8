import asyncio

async def boom():
    await asyncio.sleep(1)
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(boom())
    try:
        await t
    except ValueError as e:
        print("caught", e)
    print("exception() again:", repr(t.exception()))

asyncio.run(main())
