x = 1
del x
lst = [1, 2, 3, 4]
del lst[1]
del lst[-1:]
d = {"a": 1, "b": 2}
del d["a"]
print(lst, d)
try:
    print(x)
except NameError as e:
    print("NameError:", e)
