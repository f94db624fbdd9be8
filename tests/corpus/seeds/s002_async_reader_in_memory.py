# Seed 002, async_reader.py: the file and `asyncio.to_thread` are replaced by an in-memory
# byte buffer read after a short sleep; `__aiter__` is made a plain method.
import asyncio

class InMemoryFile:
    def __init__(self, data):
        self.data, self.pos = data, 0
    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk
    def close(self):
        print("file closed")

class AsyncFileReader:
    def __init__(self, filename, chunk_size=1024):
        self.filename = filename
        self.chunk_size = chunk_size

    def __aiter__(self):
        self.file = InMemoryFile(b"x" * 2500)
        return self

    async def __anext__(self):
        await asyncio.sleep(0.01)
        data = self.file.read(self.chunk_size)
        if not data:
            self.file.close()
            raise StopAsyncIteration
        return data

async def main():
    async for chunk in AsyncFileReader("large_file.dat"):
        print(f"Read {len(chunk)} bytes")

asyncio.run(main())
