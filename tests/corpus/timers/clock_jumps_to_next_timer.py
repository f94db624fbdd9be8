import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(1000, print, "far future callback", time.monotonic())
    await asyncio.sleep(999.5)
    print("woke", loop.time())
    await asyncio.sleep(1)
    print("after", loop.time(), time.time())

asyncio.run(main())
