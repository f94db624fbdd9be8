# str.encode / bytes.decode with utf-8, ascii and latin-1, and the errors= handlers
print("héllo".encode(), "héllo".encode("utf-8"), "x".encode("ascii"), "é".encode("latin-1"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
print("héllo".encode().decode() == "héllo", len("€".encode()), "€".encode())
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("aéb".encode("ascii", "replace"), "aéb".encode("ascii", errors="ignore"))
print(b"x".decode(errors="no-such-handler"), b"ok".decode("UTF_8"), b"ok".decode(encoding="utf8"))

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: b"\xff".decode())
attempt(lambda: b"ab\xe2\x28\xa1".decode())
attempt(lambda: b"\xe2\x82".decode())
attempt(lambda: b"a\xe2".decode())
attempt(lambda: b"\xf0\x9f\x98\x28".decode())
attempt(lambda: b"\xed\xa0\x80".decode())
attempt(lambda: b"ok\xff".decode("ascii"))
attempt(lambda: "é".encode("ascii"))
attempt(lambda: "aéé".encode("ascii"))
attempt(lambda: "€".encode("latin-1"))
attempt(lambda: "\U0001f600".encode("ascii"))
attempt(lambda: b"x".decode("nope"))
attempt(lambda: b"\xff".decode("utf-8", "no-such-handler"))
attempt(lambda: b"x".decode(1))
attempt(lambda: "x".encode(None))
