import asyncio

class FutureTicker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    def __anext__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        if self.n == 0:
            fut.set_exception(StopAsyncIteration())
        else:
            loop.call_later(0.5, fut.set_result, self.n)
            self.n -= 1
        return fut

class Step:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0.25).__await__()
        if self.value is None:
            raise StopAsyncIteration
        return self.value * 100

class AwaitTicker:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        return Step(self.items.pop(0) if self.items else None)

async def main():
    loop = asyncio.get_running_loop()
    ft = FutureTicker(2)
    print(await anext(ft), loop.time())
    print(await anext(ft), loop.time())
    try:
        await anext(ft)
    except StopAsyncIteration:
        print("future ticker done", loop.time())
    at = AwaitTicker([1, 2])
    print(await anext(at), loop.time())
    print(await anext(at), loop.time())
    try:
        await anext(at)
    except StopAsyncIteration:
        print("await ticker done", loop.time())
    print([x async for x in AwaitTicker([7, 8])], loop.time())
    print(await anext(FutureTicker(0), "default"))

asyncio.run(main())
