import asyncio

async def forever(tag):
    try:
        while True:
            yield tag
            await asyncio.sleep(1)
    finally:
        print("cleanup", tag)

keep = []

async def main():
    g = forever("kept")
    keep.append(g)
    print(await anext(g))
    h = forever("local")
    print(await anext(h))
    print("main returns")

asyncio.run(main())
print("after run", len(keep))
