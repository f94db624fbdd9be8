# Seed 003, Countdown with its `async for` usage wrapped in main().
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
        await asyncio.sleep(1) # Simulate waiting
        return self.current + 1

async def main():
    async for number in Countdown(5):
        print(number, asyncio.get_running_loop().time()) # Prints 5, 4, 3, 2, 1 - one per second

asyncio.run(main())
