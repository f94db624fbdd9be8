import asyncio

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.2)
        print("open", self.name, asyncio.get_running_loop().time())
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0.2)
        print("close", self.name, exc[0].__name__ if exc[0] else None, asyncio.get_running_loop().time())
        return False

async def rows(name, n):
    async with Conn(name) as c:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield f"{c.name}:{i}"

async def main():
    async for r in rows("db", 3):
        print(r)
    g = rows("early", 5)
    async for r in g:
        print(r)
        break
    await g.aclose()
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
