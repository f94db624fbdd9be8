import asyncio

async def agen():
    yield 1

for x in agen():
    print(x)
