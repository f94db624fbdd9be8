# asyncio.StreamReader used on its own (the playground has no sockets: data arrives through
# feed_data()/feed_eof(), for example from another task), written for aiterscope after CPython
# 3.12's asyncio/streams.py: the same waiter, limit and EOF rules and the same errors. The
# buffer is a bytes object rebuilt on each change (CPython's is a bytearray; the buffer is
# private, only its length shows in the repr). Transports (flow control) do not exist here.

_DEFAULT_LIMIT = 2 ** 16


def _fed_bytes(data):
    """What `bytearray.extend(data)` would append, with its errors."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("'str' object cannot be interpreted as an integer")
    try:
        items = iter(data)
    except TypeError:
        raise TypeError(f"can't extend bytearray with {type(data).__name__}") from None
    return bytes(items)


class StreamReader:
    """A buffer of incoming bytes with coroutines that wait for lines or counts of bytes."""
    __module__ = 'asyncio.streams'

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        raise NotImplementedError(
            'StreamReader.set_transport() is not supported in the playground '
            '(it has no sockets or pipes): feed the reader with feed_data()')

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer += _fed_bytes(data)
        self._wakeup_waiter()

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        self._waiter = _describe(self._loop.create_future(), f'StreamReader.{func_name}()')
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer[e.consumed:e.consumed + seplen] == sep:
                self._buffer = self._buffer[e.consumed + seplen:]
            else:
                self._buffer = b''
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit',
                        offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b''
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError(
                'Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b''
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val
