import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except TimeoutError:
        print("empty queue timed out", asyncio.get_running_loop().time())
    q.put_nowait(7)
    print(await asyncio.wait_for(q.get(), 0.5))

asyncio.run(main())
