import asyncio

async def gen():
    try:
        yield 1
    finally:
        print("finally during normal exhaustion")

async def main():
    async for v in gen():
        print("value", v)
    print("loop ended")
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
