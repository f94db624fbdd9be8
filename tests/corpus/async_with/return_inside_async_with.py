import asyncio

class Tracker:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(1)
        print("exit", exc[0], asyncio.get_running_loop().time())

async def get():
    async with Tracker():
        return "returned from inside"

async def loop_break():
    for i in range(3):
        async with Tracker():
            if i == 1:
                break
            print("body", i)

async def main():
    print(await get())
    await loop_break()

asyncio.run(main())
