import asyncio

async def gen():
    try:
        yield 1
    finally:
        print("never printed: the body never started")

async def main():
    g = gen()
    del g
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
