import asyncio

async def agen(tag, n):
    try:
        for i in range(n):
            yield f"{tag}{i}"
    finally:
        print("close", tag)

async def main():
    async for a in agen("a", 3):
        async for b in agen("b", 3):
            if b == "b1":
                break
            print(a, b)
        if a == "a1":
            break
    print("loops done")
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
