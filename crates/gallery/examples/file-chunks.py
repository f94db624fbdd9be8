import asyncio

class AsyncFileReader:
    def __init__(self, filename, chunk_size=1024):
        self.filename = filename
        self.chunk_size = chunk_size

    def __aiter__(self):  # the tutorial wrote `async def`, which breaks `async for`
        self.file = open(self.filename, 'rb')
        return self

    async def __anext__(self):
        data = await asyncio.to_thread(
            self.file.read, self.chunk_size
        )
        if not data:
            self.file.close()
            raise StopAsyncIteration
        return data

async def main():
    # large_file.dat is pre-loaded in the playground: 100 lines of 25 bytes
    async for chunk in AsyncFileReader('large_file.dat'):
        print(f"Read {len(chunk)} bytes")

asyncio.run(main())
