import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async for x in agen(2):
        print("item", x)
    else:
        print("else after exhaustion")
    async for x in agen(5):
        if x == 1:
            print("break at", x)
            break
    else:
        print("not printed")
    async for x in agen(0):
        print("never")
    else:
        print("else on empty")

asyncio.run(main())
