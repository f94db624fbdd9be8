import asyncio

class Feed:
    def __init__(self, items):
        self.items = items
    async def stream(self):
        for item in self.items:
            await asyncio.sleep(0.5)
            yield item.upper()
    def __aiter__(self):
        return self.stream()

async def main():
    feed = Feed(["x", "y"])
    async for v in feed:
        print(v, asyncio.get_running_loop().time())
    print([v async for v in feed.stream()])

asyncio.run(main())
