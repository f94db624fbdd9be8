# a str is not a bytes-like left operand of `in`
print(b"a" in b"abc", 97 in b"abc")
print("a" in b"abc")
