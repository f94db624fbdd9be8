import asyncio

async def execute_query(query):
    """Stand-in for a database driver: a network round trip, then canned rows."""
    await asyncio.sleep(0.5)
    return [(1, "ada"), (2, "grace"), (3, "guido")]

class AsyncCursor:
    def __init__(self, query):
        self.query = query
        self.results = None
        self.index = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.results is None:
            self.results = await execute_query(self.query)

        if self.index >= len(self.results):
            raise StopAsyncIteration

        item = self.results[self.index]
        self.index += 1
        return item

async def main():
    loop = asyncio.get_running_loop()
    async for row in AsyncCursor("SELECT * FROM users"):
        print(row, "at t =", loop.time())

asyncio.run(main())
