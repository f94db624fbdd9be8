import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        print(repr(cm), cm.when(), cm.expired())
        cm.reschedule(loop.time() + 3)
        print(cm.when())
        await asyncio.sleep(2)
        print("slept 2 under a 3 s deadline", loop.time())
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.5) as cm2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), loop.time(), cm2.expired(), repr(cm2))
    try:
        cm2.reschedule(10)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.timeout(None)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        print(repr(t), t.when())
        t.reschedule(loop.time() - 1)
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("cancelled inside", loop.time())
            raise
    print("not reached")

async def outer():
    try:
        await main()
    except TimeoutError as e:
        print("outer caught TimeoutError", type(e.__cause__).__name__)
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 1):
            async with asyncio.timeout(5):
                await asyncio.sleep(2)
    except TimeoutError:
        print("outer deadline wins", asyncio.get_running_loop().time())
    cm = asyncio.timeout(1)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(outer())
