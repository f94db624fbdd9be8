import asyncio

async def timer(name, delay, log):
    await asyncio.sleep(delay)
    log.append((name, asyncio.get_running_loop().time()))

async def main():
    log = []
    await asyncio.gather(timer("a", 0.3, log), timer("b", 0.1, log), timer("c", 0.2, log),
                         timer("d", 0.1, log), timer("e", 0.3, log), timer("f", 0.2, log))
    for entry in log:
        print(entry)

asyncio.run(main())
