print(True and 3, 0 and 3, 0 or "x", "" or 0, None or [] or "last")
print(not 0, not [1], not None)
print(True + True, True * 10, int(False))
def side(v):
    print("eval", v)
    return v
print(side(0) and side(1))
print(side(2) or side(3))
