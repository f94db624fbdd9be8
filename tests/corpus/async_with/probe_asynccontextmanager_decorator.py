import asyncio
from contextlib import asynccontextmanager, contextmanager

@asynccontextmanager
async def traced(label):
    print("enter", label)
    yield
    print("exit", label)

@contextmanager
def sync_traced(label):
    print("sync enter", label)
    yield
    print("sync exit", label)

@traced("decorated")
async def work(x):
    await asyncio.sleep(0.1)
    print("working", x)
    return x + 1

@sync_traced("plain")
def plain(x):
    return x * 2

async def main():
    print(await work(1))
    print(await work(2))
    print(plain(5))

asyncio.run(main())
