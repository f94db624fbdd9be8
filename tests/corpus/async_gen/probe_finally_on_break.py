import asyncio

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("finally", asyncio.get_running_loop().time())

async def main():
    g = agen()
    async for x in g:
        print("got", x)
        if x == 1:
            break
    print("after break")
    await g.aclose()
    print("closed")

asyncio.run(main())
