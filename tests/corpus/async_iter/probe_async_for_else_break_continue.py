import asyncio

async def letters():
    for c in "abcdef":
        await asyncio.sleep(0)
        yield c

async def main():
    async for c in letters():
        if c in "bd":
            continue
        if c == "e":
            print("break at", c)
            break
        print("letter", c)
    else:
        print("no break")
    async for c in letters():
        pass
    else:
        print("completed, last", c)

asyncio.run(main())
