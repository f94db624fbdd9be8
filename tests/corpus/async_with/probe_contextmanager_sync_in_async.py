import asyncio
from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def timer(label):
    start = asyncio.get_running_loop().time()
    try:
        yield label
    finally:
        print(label, "took", asyncio.get_running_loop().time() - start)

class Conn:
    def close(self):
        print("conn closed")

async def main():
    with timer("sleep") as t:
        await asyncio.sleep(1.5)
        print("inside", t)
    with suppress(KeyError, IndexError):
        {}["missing"]
    print("suppressed")
    with closing(Conn()) as c:
        print(type(c).__name__)
    async with nullcontext(5) as five:
        print("null", five)
    with nullcontext() as n:
        print("null", n)
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])

asyncio.run(main())
