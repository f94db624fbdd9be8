import asyncio

async def ok():
    return "fine"

async def bad():
    raise KeyError("k")

async def main():
    t1, t2 = asyncio.create_task(ok()), asyncio.create_task(bad())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("not ready:", e)
    await asyncio.sleep(0)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except KeyError as e:
        print("result re-raises", repr(e))

asyncio.run(main())
