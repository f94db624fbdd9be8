b = b"hello\nworld"
print(b.startswith(b"\n", 5), b.startswith(b"", 2, 1), b.startswith(b"", 11), b.startswith(b"", 12))
print(b.endswith(b"lo", 0, 5), b.endswith((b"x", b"he"), -20, 2), b.startswith(b"wor", -5))
print(b.endswith(b"", 3, 3), b.startswith(b"hello", 0, 4), b.endswith(b"world", None, None))
try:
    ConnectionResetError("peer")
    raise ConnectionResetError("peer went away")
except ConnectionError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
print([c.__name__ for c in (BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError) if issubclass(c, ConnectionError)])
