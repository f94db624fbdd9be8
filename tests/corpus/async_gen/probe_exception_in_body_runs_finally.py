import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

async def main():
    try:
        async for x in agen():
            print(x)
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
