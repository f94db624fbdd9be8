# ==, ordering, +, *, in, hashing (dict keys, sets)
b = b"hello"
print(b == b"hello", b"" == "", b"a" == "a", b != "hello", b == bytes([104, 101, 108, 108, 111]))
print(b"a" < b"b", b"ab" > b"a", b"" < b"\x00", b"Z" < b"a", b"abc" >= b"abc")
print(b + b" world", b * 2, 3 * b"ab", b"ab" * 0, b"ab" * -1)
x = b"a"
x += b"b"
x *= 2
print(x)
print(b"ell" in b, 104 in b, 200 in b, b"" in b, b"hex" not in b)
d = {b"k": 1, "k": 2}
print(d, d[b"k"], d["k"], len(d), b"k" in d, hash(b"abc") == hash(b"abc"))
print(len({b"a", b"a", b"b"}), b"a" in {b"a"}, "a" in {b"a"})
print(int(b"42"), int(b" -7 "), int(b"ff", 16))
