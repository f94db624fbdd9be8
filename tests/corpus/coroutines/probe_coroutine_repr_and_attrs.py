import asyncio

async def work():
    await asyncio.sleep(0)

c = work()
print(c.__name__, c.__qualname__, c.cr_running, type(c).__name__)
print(repr(c).split(" at ")[0])
c.close()
