# str() decoding bytes with an encoding/errors (and its errors), and the format spec's z option
# (negative zero shown as zero for floats; refused for ints and strs).
tests = [
    lambda: str(b"x", "ascii"),
    lambda: str(b"caf\xc3\xa9", "utf-8"),
    lambda: str(b"caf\xe9", "utf-8", "replace"),
    lambda: str(b"caf\xe9", errors="ignore"),
    lambda: str(b"x", encoding="ascii"),
    lambda: str("x", "ascii"),
    lambda: str(1, "ascii"),
    lambda: str(b"\xff", "ascii"),
    lambda: str(object="x"),
    lambda: str(b"x"),

    lambda: format(42, "z"),
    lambda: format(4.5, "z"),
    lambda: format("s", "z"),
    lambda: format(42, "zd"),
    lambda: format(-0.0, "z.1f"),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
for v, s in [(42, 'z.1f'), (-0.0001, 'z.1f'), (-0.0, 'z'), (-0.0, '+z'), (-0.0001, '+z.2e'), (-0.4, 'z.0%'), (-0.004, 'z.0%'), (-0.0, 'z.3g'), (True, 'z'), (-1e-9, 'z,.2f'), (-0.0, 'z^8.1f'), (-0.0, 'zn'), (-1.5, 'z.0f'), (-0.5, 'z.0f'), (float('-inf'), 'z'), (float('nan'), 'z.1f'), (-0.0, ' z8.2f'), (-0.0, '=z8.2f'), (5, 'z')]:
    try:
        print(repr(format(v, s)), repr(f"{v:{s}}"))
    except Exception as e:
        print(type(e).__name__, e)
# str()'s argument counts with keywords: in all, and a name also given by position.
for f in [lambda: str(b'x', 'ascii', 'strict', object=b'y'), lambda: str(b'x', object=b'y'), lambda: str(b'x', 'ascii', errors='strict', encoding='ascii'), lambda: str(object=b'a', encoding='ascii')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
