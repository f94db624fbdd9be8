import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value
    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

class Ready:
    def __await__(self):
        return iter([])

async def main():
    print(await Delay(0.5, "half"), asyncio.get_running_loop().time())
    print(await Ready())
    print(await asyncio.gather(Delay(0.2, 1), Delay(0.1, 2)))
    t = asyncio.ensure_future(Delay(0.3, "wrapped"))
    print(type(t).__name__, await t, asyncio.get_running_loop().time())

asyncio.run(main())
