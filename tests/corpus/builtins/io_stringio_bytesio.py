# io.StringIO / io.BytesIO: writing, reading, lines, seeking, truncating, newline=None,
# and the exact closed-stream messages of each method.
import io
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
s = io.StringIO()
t("write", lambda: [s.write("hello\n"), s.write("world\n"), s.write("")])
t("value", lambda: (s.getvalue(), s.tell()))
t("read at end", lambda: s.read())
t("seek", lambda: s.seek(0))
t("readline", lambda: [s.readline(), s.readline(3), s.readline(), s.readline()])
t("iter", lambda: (s.seek(0), list(s)))
t("readlines", lambda: (s.seek(0), s.readlines()))
t("overwrite", lambda: (s.seek(2), s.write("XY"), s.getvalue()))
t("pad", lambda: (s.seek(15), s.write("!"), s.getvalue()))
t("truncate", lambda: (s.truncate(5), s.getvalue(), s.tell()))
t("seek end", lambda: (s.seek(0, 2), s.tell()))
t("seek cur bad", lambda: s.seek(1, 1))
t("seek neg", lambda: s.seek(-1))
t("write int", lambda: s.write(5))
t("init", lambda: (io.StringIO("abc").read(2), io.StringIO("abc").getvalue(), io.StringIO(None).getvalue()))
t("init bad", lambda: io.StringIO(5))
t("newline None", lambda: io.StringIO("a\r\nb\rc", newline=None).getvalue())
t("newline bad", lambda: io.StringIO(newline="x"))
t("read size", lambda: (lambda f: [f.read(2), f.read(0), f.read(10), f.read()])(io.StringIO("abcdef")))
def closed():
    f = io.StringIO("x")
    f.close()
    return f.closed, f.read()
t("closed", closed)
def ctx():
    with io.StringIO() as f:
        f.write("in")
        v = f.getvalue()
    return v, f.closed
t("ctx", ctx)
t("writelines", lambda: (lambda f: (f.writelines(["a", "b"]), f.getvalue()))(io.StringIO()))
t("flags", lambda: (lambda f: (f.readable(), f.writable(), f.seekable(), f.isatty()))(io.StringIO()))
b = io.BytesIO(b"line1\nline2")
t("bytes", lambda: [b.readline(), b.read(), b.write(b"!"), b.getvalue(), b.tell()])
t("bytes bad", lambda: b.write("s"))
t("bytes init bad", lambda: io.BytesIO("s"))
t("type", lambda: (type(io.StringIO()).__name__, type(io.BytesIO()).__name__))
def closed_all():
    out = []
    for f in (io.StringIO(), io.BytesIO()):
        f.close()
        for op in (f.getvalue, f.tell, f.readable, lambda: f.seek(0), lambda: iter(f),
                   lambda: next(f), f.flush, f.read, f.readline, f.truncate, f.isatty,
                   lambda: f.writelines([]), f.readlines, f.__enter__):
            try:
                op()
                out.append("ok")
            except ValueError as e:
                out.append(str(e))
    return out
t("closed all", closed_all)
