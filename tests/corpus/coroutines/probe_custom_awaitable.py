import asyncio

class Delay:
    def __init__(self, d):
        self.d = d
    def __await__(self):
        yield from asyncio.sleep(self.d).__await__()
        return f"waited {self.d}"

async def main():
    print(await Delay(1.5), asyncio.get_running_loop().time())

asyncio.run(main())
