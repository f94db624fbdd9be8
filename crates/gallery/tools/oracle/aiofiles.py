"""Reference model of the playground's simulated `aiofiles` (docs/simulated-io.md, "aiofiles").

Each awaited operation is the playground's `asyncio.to_thread` round trip (the sitecustomize
model): the file operation runs at once, the awaiting task resumes two loop iterations later,
at the same virtual time.
"""

import asyncio
import builtins


class _AsyncFile:
    """Wraps a file from the built-in `open`; every I/O method is awaitable."""

    def __init__(self, file):
        self._file = file

    name = property(lambda self: self._file.name)
    mode = property(lambda self: self._file.mode)
    closed = property(lambda self: self._file.closed)

    async def read(self, size=-1):
        return await asyncio.to_thread(self._file.read, size)

    async def readline(self):
        return await asyncio.to_thread(self._file.readline)

    async def readlines(self):
        return await asyncio.to_thread(self._file.readlines)

    async def write(self, data):
        return await asyncio.to_thread(self._file.write, data)

    async def flush(self):
        return await asyncio.to_thread(self._file.flush)

    async def close(self):
        return await asyncio.to_thread(self._file.close)

    def __getattr__(self, name):
        if name in ("seek", "tell", "truncate", "fileno", "readinto", "detach", "buffer"):
            raise NotImplementedError(f"file.{name}() is not supported in the playground")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line:
            return line
        raise StopAsyncIteration


class AsyncTextIOWrapper(_AsyncFile):
    """A text-mode file ("r", "w", "a")."""


class AsyncBufferedReader(_AsyncFile):
    """A binary file opened for reading ("rb")."""


class AsyncBufferedIOBase(_AsyncFile):
    """A binary file opened for writing ("wb", "ab")."""


def _wrap(file, mode):
    if "b" not in mode:
        return AsyncTextIOWrapper(file)
    return AsyncBufferedReader(file) if "r" in mode else AsyncBufferedIOBase(file)


class _OpenContextManager:
    """What `aiofiles.open(...)` returns: awaitable, and an async context manager."""

    def __init__(self, path, mode):
        self._path, self._mode, self._file = path, mode, None

    async def _open(self):
        return _wrap(await asyncio.to_thread(builtins.open, self._path, self._mode), self._mode)

    def __await__(self):
        return self._open().__await__()

    async def __aenter__(self):
        self._file = await self._open()
        return self._file

    async def __aexit__(self, exc_type, exc, tb):
        await self._file.close()


def open(file, mode="r", encoding=None):  # noqa: A001 - the module's public name
    """`aiofiles.open`: the same modes as the playground's built-in open."""
    del encoding  # always UTF-8 in the playground
    return _OpenContextManager(file, mode)
