assert 1 + 1 == 2, "math works"
print("first assert passed")
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
assert len("abc") == 4, "length mismatch"
