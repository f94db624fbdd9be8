import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, print, "later 1", 1)
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    loop.call_later(0.5, print, "later 0.5")
    loop.call_at(0.75, print, "at 0.75")
    h = loop.call_later(0.6, print, "cancelled handle")
    h.cancel()
    print("scheduled")
    await asyncio.sleep(2)
    print("done", loop.time())

asyncio.run(main())
