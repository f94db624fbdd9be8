import asyncio

class Delay:
    def __init__(self, seconds, value):
        self.seconds, self.value = seconds, value
    def __await__(self):
        yield from asyncio.sleep(self.seconds).__await__()
        return self.value

async def main():
    print(await Delay(1.5, "after delay"), asyncio.get_running_loop().time())
    print(await Delay(0, "immediate"), asyncio.get_running_loop().time())

asyncio.run(main())
