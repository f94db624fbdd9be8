import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    async for x in agen(3):
        print(x)
    else:
        print("else after exhaustion")
    async for x in agen(3):
        if x == 1:
            break
    else:
        print("not printed")
    async for x in agen(0):
        print("nothing")
    else:
        print("else on empty")

asyncio.run(main())
