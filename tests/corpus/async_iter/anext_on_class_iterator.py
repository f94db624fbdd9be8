import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        await asyncio.sleep(1)
        return self.current + 1

async def main():
    c = Countdown(2)
    print(await anext(c), time_now())
    print(await anext(c, "x"), time_now())
    print(await anext(c, "exhausted"), time_now())

def time_now():
    return asyncio.get_running_loop().time()

asyncio.run(main())
