import asyncio

async def quick():
    return "q"

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([t], return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
