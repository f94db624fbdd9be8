# Seed 003, query_large_table: the database connection is a pure-asyncio stand-in.
import asyncio

class FakeConnection:
    def cursor(self, sql):
        return self.rows(sql)
    async def rows(self, sql):
        for i in range(4):
            await asyncio.sleep(0.05)
            yield {"id": i, "sql": sql}

def transform(row):
    return f"row {row['id']}"

async def query_large_table(conn):
    async for row in conn.cursor("SELECT * FROM huge_table"):
        yield transform(row)

async def main():
    async for r in query_large_table(FakeConnection()):
        print(r)
    print(round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
