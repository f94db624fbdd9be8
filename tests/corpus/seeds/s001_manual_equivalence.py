# Seed 001, "Basic Usage": `some_async_context()` is not defined by the seed; it is replaced by
# a pure-asyncio stand-in that opens a stream of three items.
import asyncio

class some_async_context:
    async def __aenter__(self):
        await asyncio.sleep(0.5)
        return self.stream()
    async def __aexit__(self, *exc):
        print("context closed", asyncio.get_running_loop().time())
    async def stream(self):
        for item in ["alpha", "beta", "gamma"]:
            await asyncio.sleep(0.25)
            yield item

async def example():
    async with some_async_context() as stream:
        async for item in stream:
            print(item)

# Equivalent manual form using aiter/anext
async def manual():
    async with some_async_context() as stream:
        it = aiter(stream)
        while True:
            try:
                item = await anext(it)
                print(item)
            except StopAsyncIteration:
                break

asyncio.run(example())
asyncio.run(manual())
