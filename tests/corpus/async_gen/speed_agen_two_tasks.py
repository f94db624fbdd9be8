# One async generator awaited from two tasks: while one task's __anext__ is suspended in an
# await inside the generator, the other's is refused; afterwards both can continue.
import asyncio


async def slow_numbers():
    for i in range(4):
        await asyncio.sleep(0.1)
        yield i


async def consumer(name, g, results):
    for _ in range(2):
        try:
            v = await g.__anext__()
            results.append((name, v, asyncio.get_running_loop().time()))
        except RuntimeError as e:
            print(name, "refused:", e)
            await asyncio.sleep(0.15)
        except StopAsyncIteration:
            print(name, "exhausted")


async def main():
    g = slow_numbers()
    results = []
    await asyncio.gather(consumer("A", g, results), consumer("B", g, results))
    for name, v, t in results:
        print(name, v, round(t, 2))
    async for v in g:
        print("rest", v)


asyncio.run(main())
