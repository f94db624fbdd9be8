import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def session(name):
    print("session open", name)
    try:
        yield {"name": name, "requests": 0}
    finally:
        print("session closed", name, asyncio.get_running_loop().time())

async def fetch_all(urls):
    async with session("s1") as s:
        for u in urls:
            await asyncio.sleep(0.2)
            s["requests"] += 1
            yield u.upper(), s["requests"]

async def main():
    async for page, n in fetch_all(["a", "b", "c"]):
        print(page, n)
    gen = fetch_all(["x", "y"])
    print(await anext(gen))
    await gen.aclose()
    print("done")

asyncio.run(main())
