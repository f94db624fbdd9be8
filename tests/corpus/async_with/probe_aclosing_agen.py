import asyncio
from contextlib import aclosing

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.25)
            yield i
    finally:
        print("ticker cleanup at", asyncio.get_running_loop().time())

async def main():
    async with aclosing(ticker(10)) as t:
        async for i in t:
            print("got", i)
            if i == 2:
                break
    print("after with", asyncio.get_running_loop().time())
    gen = ticker(3)
    async with aclosing(gen):
        pass
    print(await anext(gen, "exhausted"))

asyncio.run(main())
