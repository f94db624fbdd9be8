import asyncio

async def tick(n):
    await asyncio.sleep(n)
    print("tick", n, asyncio.get_running_loop().time(), asyncio.current_task().get_name())
    return n * 10

async def leftover():
    try:
        await asyncio.sleep(100)
    finally:
        print("leftover cancelled")

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed")

async def start_agen():
    g = agen()
    print(await g.__anext__())
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    return g

with asyncio.Runner() as runner:
    print(runner.run(tick(1)))
    print(runner.run(tick(2)))
    keep = runner.run(start_agen())
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed(), loop.time())
print(loop.is_closed())
try:
    runner.run(tick(3))
except RuntimeError as e:
    print("RuntimeError:", e)
c = tick(4)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
