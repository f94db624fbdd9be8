import asyncio

async def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        await asyncio.sleep(0.1)
        total += value
        count += 1
        average = total / count

async def main():
    avg = averager()
    print(await avg.asend(None))
    for v in [10, 20, 60]:
        print(await avg.asend(v), asyncio.get_running_loop().time())
    try:
        await avg.asend(None)
    except StopAsyncIteration:
        print("averager finished")
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("still finished")

asyncio.run(main())
