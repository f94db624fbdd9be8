import asyncio

PAGES = {1: ["a", "b"], 2: ["c"], 3: []}

async def fetch_page(n):
    await asyncio.sleep(0.2)
    return PAGES.get(n, [])

async def all_items():
    page = 1
    while True:
        items = await fetch_page(page)
        if not items:
            return
        for item in items:
            yield page, item
        page += 1

async def main():
    async for page, item in all_items():
        print(page, item, asyncio.get_running_loop().time())

asyncio.run(main())
