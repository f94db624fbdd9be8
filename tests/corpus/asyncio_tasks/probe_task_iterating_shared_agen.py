import asyncio

async def numbers():
    for i in range(6):
        await asyncio.sleep(0.1)
        yield i

async def worker(name, gen):
    try:
        async for n in gen:
            print(name, "got", n, asyncio.get_running_loop().time())
            await asyncio.sleep(0.05)
    except RuntimeError as e:
        print(name, "RuntimeError:", e)

async def main():
    g = numbers()
    await asyncio.gather(worker("w1", g), worker("w2", g))
    print("end")

asyncio.run(main())
