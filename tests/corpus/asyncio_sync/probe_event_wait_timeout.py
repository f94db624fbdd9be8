import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 1)
    except TimeoutError:
        print("not set in time", asyncio.get_running_loop().time())
    asyncio.get_running_loop().call_later(0.5, ev.set)
    print(await ev.wait(), asyncio.get_running_loop().time())
    print(await ev.wait())

asyncio.run(main())
