import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name):
    """Opens a resource."""
    print("open", name, asyncio.get_running_loop().time())
    await asyncio.sleep(0.5)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.5)
        print("close", name, asyncio.get_running_loop().time())

async def main():
    print(resource.__name__, resource.__doc__)
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("net") as r:
            raise KeyError("boom")
    except KeyError as e:
        print("propagated", repr(e))
    print("done", asyncio.get_running_loop().time())

asyncio.run(main())
