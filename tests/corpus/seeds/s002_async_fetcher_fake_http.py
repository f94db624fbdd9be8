# Seed 002, async_fetcher.py: aiohttp is replaced by a pure-asyncio stand-in (canned pages,
# 0.2 s latency). The seed's `async def __aiter__` still breaks `async for`.
import asyncio

PAGES = {"https://python.org": "<html>python</html>", "https://docs.python.org": "<html>docs!</html>",
         "https://pypi.org": "<html>pypi packages</html>"}

class FakeResponse:
    def __init__(self, url):
        self.url = url
    async def __aenter__(self):
        await asyncio.sleep(0.2)
        return self
    async def __aexit__(self, *exc):
        return False
    async def text(self):
        return PAGES[self.url]

class ClientSession:
    def get(self, url):
        return FakeResponse(url)
    async def close(self):
        pass

class AsyncDataFetcher:
    def __init__(self, urls):
        self.urls = urls

    async def __aiter__(self):
        self.session = ClientSession()
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
    urls = ["https://python.org", "https://docs.python.org", "https://pypi.org"]
    async for url, length in AsyncDataFetcher(urls):
        print(f"{url}: {length} bytes")

asyncio.run(main())
