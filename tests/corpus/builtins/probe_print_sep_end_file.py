print("a", "b", "c", sep="-", end="!\n")
print("x", end="")
print("y")
print(1, 2, sep="")
print(*[1, 2, 3], sep=", ")
print()
print("no", "sep", sep=None)
print("end", end=None)
print([1, "a"], ("t",), {"k": "v"}, sep=" | ")
print("flush", flush=True)
try:
    print("a", sep=5)
except TypeError as e:
    print(e)
try:
    print("a", end=[])
except TypeError as e:
    print(e)
