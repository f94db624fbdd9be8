# hex, startswith/endswith, split, strip, find/count/index, join, case, replace, splitlines
b = b"hello"
print(b.hex(), b"\x00\xff".hex(), b"".hex())
print(b.startswith(b"he"), b.endswith(b"lo"), b.startswith((b"x", b"h")), b.endswith(b""))
print(b"a b  c ".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"".split(), b"  a b ".split(None, 1))
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x".lstrip(), b"x  ".rstrip(), b"\t\nx\x0b".strip())
print(b.find(b"l"), b.rfind(b"l"), b.find(b"z"), b.count(b"l"), b.find(108), b.index(b"e"), b.count(b""))
print(b", ".join([b"a", b"b"]), b"".join([]), b"-".join((b"x",)))
print(b.upper(), b"ABC\xff".lower(), b.replace(b"l", b"L"), b.replace(b"l", b"L", 1), b"ab".replace(b"", b"-"))
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True), b"123".isdigit(), b"ab".isalpha(), b" ".isspace(), b"".isdigit())

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: b"x".startswith("x"))
attempt(lambda: b"x".endswith(("x",)))
attempt(lambda: b"x".find("x"))
attempt(lambda: b"x".count("x"))
attempt(lambda: b",".join(["a"]))
attempt(lambda: b"x".split("x"))
attempt(lambda: b"x".split(b""))
attempt(lambda: b"x".strip("x"))
attempt(lambda: b"x".replace("x", "y"))
attempt(lambda: b"x".index(b"z"))
attempt(lambda: b"x".find(300))
