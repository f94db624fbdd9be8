import asyncio

async def fails():
    await asyncio.sleep(0.5)
    raise ZeroDivisionError("zero")

async def main():
    t = asyncio.create_task(fails())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(1)
    print(repr(t.exception()))
    try:
        await t
    except ZeroDivisionError as e:
        print("await raises", e)

asyncio.run(main())
