def f(*a):
    return a
print(f(*"ab"))
f(*5)
