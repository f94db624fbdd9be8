import asyncio

async def main(x):
    await asyncio.sleep(x)
    if x > 1:
        raise OverflowError("too big")
    return x * 10

print(asyncio.run(main(1)))
print(asyncio.run(main(0.5)))
asyncio.run(main(2))
