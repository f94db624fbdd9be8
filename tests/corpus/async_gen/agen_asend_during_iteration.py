import asyncio

async def running_average():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

async def main():
    g = running_average()
    await g.asend(None)
    for v in [10, 20, 60]:
        print(await g.asend(v))
    await g.aclose()

asyncio.run(main())
