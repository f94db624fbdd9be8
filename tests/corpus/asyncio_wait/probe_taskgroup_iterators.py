import asyncio

async def stream(name, items, fail_at=None):
    for i, it in enumerate(items):
        await asyncio.sleep(0.25)
        if i == fail_at:
            raise RuntimeError(f"{name} broke at {it}")
        yield it

async def drain(name, items, fail_at=None):
    try:
        async for x in stream(name, items, fail_at):
            print(name, x, asyncio.get_running_loop().time())
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(drain("ok", [1, 2, 3, 4]))
            tg.create_task(drain("bad", ["x", "y", "z"], fail_at=1))
    except* RuntimeError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
