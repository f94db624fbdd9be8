"""aiterscope's in-memory streams of io: StringIO and BytesIO (the file classes are native)."""


class _MemoryStream:
    """What StringIO and BytesIO share: a buffer, a position, and the closed state."""

    _kind = "string"
    # Used on a closed stream: StringIO's own methods say it without the period, IOBase's
    # with it; StringIO.flush and BytesIO.__iter__ do not check.
    _closed_message = "I/O operation on closed file."
    _flush_checks = True
    _iter_checks = True

    def _check_open(self, base=False):
        if self._closed:
            raise ValueError("I/O operation on closed file." if base else self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open(base=True)
        return False

    def flush(self):
        if self._flush_checks:
            self._check_open(base=True)

    def __enter__(self):
        self._check_open(base=True)
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        if self._iter_checks:
            self._check_open(base=True)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def getvalue(self):
        self._check_open()
        return self._value()

    def _value(self):
        # Appends at the end are kept as parts and joined once, so a stream written piece by
        # piece (a redirected stdout) costs linear time.
        if self._parts:
            self._base = self._base + self._base[:0].join(self._parts)
            self._parts = []
        return self._base

    def read(self, size=-1):
        self._check_open()
        buf = self._value()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        data = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        newline = "\n" if self._kind == "string" else b"\n"
        buf = self._value()
        end = buf.find(newline, self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        self._check_open(base=True)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, s):
        self._check_open()
        s = self._accept(s)
        if not s:
            return 0
        if self._pos == self._size:
            self._parts.append(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf = buf + self._padding * (self._pos - len(buf))
            self._base = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return len(s)

    def writelines(self, lines):
        self._check_open(base=True)
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._base = self._value()[:size]
        self._size = len(self._base)
        return size


class StringIO(_MemoryStream):
    """A text stream in memory."""

    __module__ = "_io"
    _padding = "\0"
    _closed_message = "I/O operation on closed file"
    _flush_checks = False

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._newline = newline
        self._closed = False
        self._base = ""
        self._parts = []
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _accept(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s


class BytesIO(_MemoryStream):
    """A binary stream in memory."""

    __module__ = "_io"
    _kind = "bytes"
    _padding = b"\0"
    _iter_checks = False

    def __init__(self, initial_bytes=b""):
        if not isinstance(initial_bytes, bytes):
            raise TypeError(f"a bytes-like object is required, not "
                            f"'{type(initial_bytes).__name__}'")
        self._closed = False
        self._base = initial_bytes
        self._parts = []
        self._size = len(initial_bytes)
        self._pos = 0

    def _accept(self, b):
        if not isinstance(b, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return b
