import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

@asynccontextmanager
async def conn(name):
    print("connect", name)
    await asyncio.sleep(0.1)
    yield name
    print("disconnect", name)

async def cleanup(tag):
    await asyncio.sleep(0.2)
    print("cleanup", tag, round(asyncio.get_running_loop().time(), 2))

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(conn(n)) for n in ("a", "b", "c")]
        stack.push_async_callback(cleanup, "x")
        stack.callback(print, "sync callback")
        print("have", conns)
    print("all closed", round(asyncio.get_running_loop().time(), 2))
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(conn("d"))
            raise RuntimeError("in body")
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
