import asyncio
import aiohttp  # the playground's simulated aiohttp (canned pages, virtual latency)

class AsyncDataFetcher:
    def __init__(self, urls):
        self.urls = urls

    def __aiter__(self):  # the tutorial wrote `async def`, which breaks `async for`
        self.session = aiohttp.ClientSession()
        self.index = 0
        return self

    async def __anext__(self):
        if self.index >= len(self.urls):
            await self.session.close()
            raise StopAsyncIteration
        url = self.urls[self.index]
        self.index += 1
        async with self.session.get(url) as response:
            data = await response.text()
            return (url, len(data))

async def main():
    urls = [
        'https://python.org',
        'https://docs.python.org',
        'https://pypi.org'
    ]
    loop = asyncio.get_running_loop()
    async for url, length in AsyncDataFetcher(urls):
        print(f"{url}: {length} bytes (t={round(loop.time(), 2)})")

asyncio.run(main())
