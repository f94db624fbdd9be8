# str + bytes: CPython's str-side message
print("text" + b"data")
