import asyncio

async def ticks():
    try:
        while True:
            yield "tick"
    finally:
        print("finally at shutdown", asyncio.get_running_loop().time())

async def main():
    async for t in ticks():
        print(t)
        break
    print("main returns")

asyncio.run(main())
print("after run")
