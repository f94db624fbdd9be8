import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1, print, "call_later 1")
    loop.call_soon(print, "call_soon")
    loop.call_later(0.5, print, "call_later 0.5")
    loop.call_at(1.0, print, "call_at 1.0")
    print("before sleep")
    await asyncio.sleep(1)
    print("after sleep 1", loop.time())
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
