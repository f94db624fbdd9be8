# Seed 003, fetch_pages: aiohttp replaced by a pure-asyncio stand-in with per-URL latency.
import asyncio

LATENCY = {"/a": 0.3, "/b": 0.1, "/c": 0.2}

class Response:
    def __init__(self, url):
        self.url = url
    async def __aenter__(self):
        await asyncio.sleep(LATENCY[self.url])
        return self
    async def __aexit__(self, *exc):
        return False
    async def text(self):
        return f"<page {self.url}>"

class ClientSession:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        print("session closed", asyncio.get_running_loop().time())
    def get(self, url):
        return Response(url)

async def fetch_pages(urls):
    async with ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                yield await response.text()

def process(page_html):
    print("processing", page_html, asyncio.get_running_loop().time())

async def main():
    url_list = ["/a", "/b", "/c"]
    async for page_html in fetch_pages(url_list):
        process(page_html)

asyncio.run(main())
