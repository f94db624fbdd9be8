import asyncio
from contextlib import suppress

async def background():
    i = 0
    while True:
        await asyncio.sleep(0.3)
        i += 1
        print("background", i)

async def main():
    t = asyncio.create_task(background())
    await asyncio.sleep(1)
    t.cancel()
    with suppress(asyncio.CancelledError):
        await t
    print("cancelled quietly", t.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
