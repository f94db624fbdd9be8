import asyncio

async def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
        await asyncio.sleep(0.1)
        if received == "stop":
            return

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"), asyncio.get_running_loop().time())
    print(await g.asend("b"))
    try:
        await g.asend("stop")
    except StopAsyncIteration:
        print("stopped", round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
