import asyncio

async def sleeper(i, log):
    try:
        await asyncio.sleep(1)
        log.append(i)
    except asyncio.CancelledError:
        log.append(f"x{i}")

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(i, log)) for i in range(10)]
    await asyncio.sleep(0)
    tasks[3].cancel()
    tasks[6].cancel()
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
