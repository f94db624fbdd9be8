import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
    print("still running")

asyncio.run(main())
