# bytes(): empty, a size, an iterable of ints, bytes, a str with an encoding
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(3)), bytes(b"xy"))
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(x for x in [104, 105]))
print(bytes(True), bytes(False), bytes([]))

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: bytes("x"))
attempt(lambda: bytes(1, "utf-8"))
attempt(lambda: bytes(-1))
attempt(lambda: bytes([256]))
attempt(lambda: bytes([-1]))
attempt(lambda: bytes(["a"]))
attempt(lambda: bytes(1.5))
attempt(lambda: bytes(None))
attempt(lambda: bytes("x", "bogus"))
