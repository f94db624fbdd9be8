a = [1, 2]
b = [1, 2]
print(a == b, a is b, id(a) == id(a), id(a) != id(b), a is not b)
x = 256
y = 256
print(x is y, x == y, None is None, True is True, type(id(a)).__name__)
c = a
c.append(3)
print(a, c is a, id(c) == id(a))
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}), all(o is o for o in objs))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, isinstance(id(s1), int), [] is not [])
t = (1, 2)
print(t is t, hash(t) == hash((1, 2)), callable(id), callable(5))
