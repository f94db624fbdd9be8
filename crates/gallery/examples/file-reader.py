import asyncio
import aiofiles  # the playground's simulated aiofiles (a virtual file system)

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
    with open("notes.txt", "w") as f:
        f.write("async for asks __anext__\nfor one line at a time,\nand the last line has no newline")
    async for line in AsyncFileReader("notes.txt", chunk_size=16):
        print(repr(line))

asyncio.run(main())
