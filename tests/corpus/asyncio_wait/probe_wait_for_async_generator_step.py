import asyncio

async def jittery():
    for d in (0.1, 0.5, 0.2):
        await asyncio.sleep(d)
        yield d

async def main():
    g = jittery()
    results = []
    for _ in range(3):
        try:
            results.append(await asyncio.wait_for(g.__anext__(), 0.3))
        except TimeoutError:
            results.append("timeout")
    print(results, asyncio.get_running_loop().time())
    print(await anext(g, "empty"))

asyncio.run(main())
