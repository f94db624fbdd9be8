import asyncio

async def job(x):
    await asyncio.sleep(x)
    return x

async def main():
    try:
        for fut in asyncio.as_completed([job(1), job(10)], timeout=3):
            print("got", await fut, asyncio.get_running_loop().time())
    except TimeoutError:
        print("as_completed timed out", asyncio.get_running_loop().time())

asyncio.run(main())
