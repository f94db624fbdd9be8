import asyncio

def make(delay):
    async def worker(name, times=2):
        out = []
        for i in range(times):
            await asyncio.sleep(delay)
            out.append(f"{name}{i}")
        return out
    return worker

async def main():
    w = make(0.25)
    print(await w("x"), await w("y", times=3), asyncio.get_running_loop().time())

asyncio.run(main())
