import asyncio

async def sleeper(i, log):
    await asyncio.sleep(2)
    log.append(i)

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(i, log)) for i in range(7)]
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
