class Foo:
    pass
f = Foo()
f.x = 1
print(f.x)
print(f.bar)
