import asyncio
import aiohttp  # the playground's simulated aiohttp (canned pages, virtual latency)

async def all_items(session, base_url):
    page = 1
    while True:
        async with session.get(base_url, params={"page": page}) as response:
            response.raise_for_status()
            data = await response.json()
        if not data["items"]:
            return  # an empty page ends the iteration: StopAsyncIteration
        for item in data["items"]:
            yield item
        page += 1

async def main():
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        async for item in all_items(session, "https://api.example.com/items"):
            print(f"t={round(loop.time(), 2)}: {item}")
        print("now an endpoint the server does not have:")
        async for item in all_items(session, "https://api.example.com/users"):
            print(item)

asyncio.run(main())
