import asyncio

class Suppress:
    def __init__(self, *types):
        self.types = types
    async def __aenter__(self):
        return None
    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", repr(exc))
            return True
        return False

async def main():
    async with Suppress(KeyError):
        raise KeyError("ignored")
    print("continued after suppression")
    async with Suppress(KeyError):
        raise ValueError("not suppressed")

asyncio.run(main())
