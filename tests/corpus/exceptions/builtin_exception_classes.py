# Every built-in exception class exists with CPython's base, can be raised and caught through
# its bases, and prints as CPython prints it.
classes = [
    BlockingIOError, ChildProcessError, InterruptedError, IsADirectoryError,
    NotADirectoryError, ProcessLookupError, TabError, UnicodeTranslateError,
    PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning,
    UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
]
for cls in classes:
    print(cls.__name__, cls.__bases__[0].__name__, [c.__name__ for c in cls.__mro__][-3:])

try:
    raise IsADirectoryError("it is a folder")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise ProcessLookupError
except OSError as e:
    print(repr(e))
try:
    raise FutureWarning("later")
except Warning as w:
    print(type(w).__name__, w.args)
print(issubclass(TabError, SyntaxError), issubclass(BlockingIOError, Exception))
raise NotADirectoryError("not a folder")
