import asyncio

async def job():
    return 1

async def main():
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(e)
    c.close()

asyncio.run(main())
