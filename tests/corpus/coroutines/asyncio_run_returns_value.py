import asyncio

async def answer():
    await asyncio.sleep(3)
    return 42

print(asyncio.run(answer()))
print(asyncio.run(answer()))
