class D(dict):
    pass
d = D(a=1)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
class L(list):
    pass
l = L([1, 2])
try:
    l[5]
except IndexError as e:
    print(e)
try:
    l.index(9)
except ValueError as e:
    print(e)
try:
    hash(l)
except TypeError as e:
    print(e)
class S(str):
    pass
s = S("Hello")
print(type(s.lower()).__name__, type(s + "x").__name__, type(s[0]).__name__, s.startswith(S("He")), "-".join([s, S("x")]), type(str(s)).__name__)
class I(int):
    pass
i = I(7)
print(type(i + 1).__name__, type(-i).__name__, i == 7, hash(i) == hash(7), {i: "x"}[7], [0] * I(2), range(I(3)), type(abs(i)).__name__)
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class B2(bool):
        pass
except TypeError as e:
    print(e)
class T(tuple):
    pass
t = T([1, 2])
print(t, t + (3,), type(t + (3,)).__name__, t * 2, t[::-1], isinstance(t, T), len(T()))
try:
    t[0] = 5
except TypeError as e:
    print(e)
class Stack(list):
    def pop(self):
        if not self:
            raise IndexError("pop from empty Stack")
        return super().pop()
st = Stack()
try:
    st.pop()
except IndexError as e:
    print(e)
st.append(1)
print(st.pop(), st, Stack.__mro__[1].__name__)
