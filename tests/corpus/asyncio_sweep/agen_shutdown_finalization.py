import asyncio

async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0.1)
    finally:
        print(f"{name} finally at {asyncio.get_running_loop().time():.1f}")

async def main():
    a = ticker("a")
    print(await anext(a), await anext(a))
    b = ticker("b")
    async for x in b:
        if x == 2:
            break
    print("broke out of b")
    c = ticker("c")
    await anext(c)
    await c.aclose()
    print("c closed explicitly")
    print("main returns; a is still suspended")

asyncio.run(main())
print("after run")
