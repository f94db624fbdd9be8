# Seed 004, AsyncCursor: execute_query is not defined by the seed; a stand-in returns rows
# after 1 s of virtual time.
import asyncio

async def execute_query(query):
    await asyncio.sleep(1)
    return [("alice", 1), ("bob", 2)]

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
    async for row in AsyncCursor("SELECT * FROM users"):
        print(row, asyncio.get_running_loop().time())

asyncio.run(main())
