import asyncio

class Session:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.5)
        print("enter", self.name, asyncio.get_running_loop().time())
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        print("exit", self.name, exc_type, asyncio.get_running_loop().time())
        return False

async def main():
    async with Session("db") as s:
        print("using", s.name)
    async with Session("a") as a, Session("b") as b:
        print("using both", a.name, b.name)

asyncio.run(main())
