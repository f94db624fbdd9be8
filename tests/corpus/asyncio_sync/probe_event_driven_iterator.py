import asyncio

class Ticker:
    def __init__(self, event, limit):
        self.event = event
        self.limit = limit
        self.count = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count >= self.limit:
            raise StopAsyncIteration
        await self.event.wait()
        self.event.clear()
        self.count += 1
        return self.count

async def pulse(event):
    for _ in range(3):
        await asyncio.sleep(0.5)
        event.set()
        print("pulse", asyncio.get_running_loop().time())

async def main():
    ev = asyncio.Event()
    p = asyncio.create_task(pulse(ev))
    async for n in Ticker(ev, 3):
        print("tick", n, asyncio.get_running_loop().time())
    await p

asyncio.run(main())
