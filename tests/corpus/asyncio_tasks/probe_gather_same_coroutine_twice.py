import asyncio

async def f():
    await asyncio.sleep(1)
    return "x"

async def main():
    c = f()
    print(await asyncio.gather(c, c))
    t = asyncio.create_task(f())
    print(await asyncio.gather(t, t, t))

asyncio.run(main())
