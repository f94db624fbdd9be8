import asyncio

async def job(x):
    try:
        await asyncio.sleep(x)
        return x
    except asyncio.CancelledError:
        print("job", x, "cancelled by wait_for", asyncio.get_running_loop().time())
        raise

async def main():
    print(await asyncio.wait_for(job(1), timeout=2), asyncio.get_running_loop().time())
    try:
        await asyncio.wait_for(job(5), timeout=2)
    except TimeoutError as e:
        print("TimeoutError", repr(e), asyncio.get_running_loop().time())
    print(await asyncio.wait_for(job(0.5), None))

asyncio.run(main())
