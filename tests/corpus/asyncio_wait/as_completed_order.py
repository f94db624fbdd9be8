import asyncio

async def job(x):
    await asyncio.sleep(x)
    return f"job{x}"

async def main():
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        print(await fut, asyncio.get_running_loop().time())

asyncio.run(main())
