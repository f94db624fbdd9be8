import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally at shutdown")

g = None

async def main():
    global g
    g = agen()
    print(await anext(g))
    print("main returns")

asyncio.run(main())
print("after run")
