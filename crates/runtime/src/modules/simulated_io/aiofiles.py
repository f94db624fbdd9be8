# The playground's `aiofiles` (docs/simulated-io.md, section 5): every awaited operation is one
# `asyncio.to_thread` round trip around the same operation of the virtual file system.

import asyncio as _asyncio

_builtin_open = open
_UNSUPPORTED_FILE_METHODS = ("seek", "tell", "truncate", "fileno", "readinto", "detach", "buffer")
_UNSUPPORTED_SUBMODULES = ("os", "ospath", "tempfile", "threadpool")


def __getattr__(name):
    if name in _UNSUPPORTED_SUBMODULES:
        raise NotImplementedError(f"aiofiles.{name} is not supported in the playground")
    raise AttributeError(f"module 'aiofiles' has no attribute {name!r}")


class _AsyncFile:
    def __init__(self, file):
        self._file = file

    name = property(lambda self: self._file.name)
    mode = property(lambda self: self._file.mode)
    closed = property(lambda self: self._file.closed)

    async def read(self, size=-1):
        return await _asyncio.to_thread(self._file.read, size)

    async def readline(self):
        return await _asyncio.to_thread(self._file.readline)

    async def readlines(self):
        return await _asyncio.to_thread(self._file.readlines)

    async def write(self, data):
        return await _asyncio.to_thread(self._file.write, data)

    async def flush(self):
        return await _asyncio.to_thread(self._file.flush)

    async def close(self):
        return await _asyncio.to_thread(self._file.close)

    def __getattr__(self, name):
        if name in _UNSUPPORTED_FILE_METHODS:
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
    pass


class AsyncBufferedReader(_AsyncFile):
    pass


class AsyncBufferedIOBase(_AsyncFile):
    pass


def _wrap(file, mode):
    if "b" not in mode:
        return AsyncTextIOWrapper(file)
    if "r" in mode:
        return AsyncBufferedReader(file)
    return AsyncBufferedIOBase(file)


class _AiofilesContextManager:
    def __init__(self, path, mode):
        self._path = path
        self._mode = mode
        self._file = None

    async def _open(self):
        file = await _asyncio.to_thread(_builtin_open, self._path, self._mode)
        return _wrap(file, self._mode)

    def __await__(self):
        return self._open().__await__()

    async def __aenter__(self):
        self._file = await self._open()
        return self._file

    async def __aexit__(self, exc_type, exc, tb):
        await self._file.close()


def open(file, mode="r", encoding=None):
    return _AiofilesContextManager(file, mode)

