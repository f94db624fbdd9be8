# Seed 004, AsyncFileReader: aiofiles is replaced by a pure-asyncio stand-in serving an
# in-memory text file (each read takes 0.01 s of virtual time).
import asyncio

FILES = {"notes.txt": "first line\nsecond line\nthird line without newline"}

class FakeAsyncFile:
    def __init__(self, text):
        self.text, self.pos = text, 0
    async def read(self, n):
        await asyncio.sleep(0.01)
        chunk = self.text[self.pos:self.pos + n]
        self.pos += n
        return chunk
    async def close(self):
        print("file closed")

class aiofiles:
    @staticmethod
    async def open(filename):
        await asyncio.sleep(0.01)
        return FakeAsyncFile(FILES[filename])

class AsyncFileReader:
    """Read file lines asynchronously."""

    def __init__(self, filename, chunk_size=8192):
        self.filename = filename
        self.chunk_size = chunk_size
        self.file = None
        self.buffer = ""

    def __aiter__(self):
        return self

    async def __anext__(self):
        while "\n" not in self.buffer:
            if self.file is None:
                self.file = await aiofiles.open(self.filename)

            chunk = await self.file.read(self.chunk_size)
            if not chunk:
                if self.buffer:
                    line = self.buffer
                    self.buffer = ""
                    return line
                await self.file.close()
                raise StopAsyncIteration

            self.buffer += chunk

        line, self.buffer = self.buffer.split("\n", 1)
        return line

async def main():
    async for line in AsyncFileReader("notes.txt", chunk_size=8):
        print(repr(line), round(asyncio.get_running_loop().time(), 6))

asyncio.run(main())
