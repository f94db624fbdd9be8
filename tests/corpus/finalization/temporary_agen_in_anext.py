import asyncio

async def numbers(tag):
    try:
        for i in range(3):
            yield f"{tag}{i}"
    finally:
        print("closing", tag)

async def main():
    print(await anext(numbers("x")))
    print("between")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0)
    print("after second sleep 0")

asyncio.run(main())
