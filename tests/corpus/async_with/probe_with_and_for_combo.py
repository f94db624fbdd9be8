import asyncio

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, *exc):
        print("close", self.name, exc[0])
    async def rows(self):
        for i in range(3):
            await asyncio.sleep(0.1)
            yield f"{self.name}-{i}"

async def main():
    async with Conn("db") as c:
        async for row in c.rows():
            print(row, round(asyncio.get_running_loop().time(), 2))
            if row.endswith("1"):
                break
    print("done")

asyncio.run(main())
