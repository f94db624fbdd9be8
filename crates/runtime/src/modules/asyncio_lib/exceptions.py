# asyncio's own exception classes beyond the core's CancelledError and InvalidStateError,
# written for aiterscope after CPython 3.12's asyncio/exceptions.py (same bases, messages and
# attributes).


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while a task waited at it."""
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    """A read hit the end of the stream first; `partial` holds what was read."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A read went past the stream's limit; `consumed` bytes are to be consumed."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class SendfileNotAvailableError(RuntimeError):
    """sendfile is not available (the playground has no sockets or files to send)."""
    __module__ = 'asyncio.exceptions'
