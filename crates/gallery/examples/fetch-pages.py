import asyncio
import aiohttp  # the playground's simulated aiohttp (canned pages, virtual latency)

async def fetch_pages(urls):
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                yield await response.text()

def process(page_html):
    title = page_html.split("<title>")[1].split("</title>")[0]
    t = round(asyncio.get_running_loop().time(), 2)
    print(f"t={t}: {title!r} ({len(page_html)} characters)")

async def main():
    url_list = ["https://example.com", "https://python.org", "https://docs.python.org"]
    async for page_html in fetch_pages(url_list):
        process(page_html)

asyncio.run(main())
