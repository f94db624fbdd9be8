class A:
    def hello(self):
        return ["A"]
    def __init__(self):
        print("A.init")
        super().__init__()
class B(A):
    def hello(self):
        return ["B"] + super().hello()
    def __init__(self):
        print("B.init")
        super().__init__()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
    def __init__(self):
        print("C.init")
        super().__init__()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
    def __init__(self):
        print("D.init")
        super().__init__()
d = D()
print(d.hello(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, d).hello(), super(C, d).hello())
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, str(e).split()[:3])
class Base:
    def who(self):
        return "base"
class Child(Base):
    def who(self):
        return "child+" + super(Child, self).who()
print(Child().who())
class Meta:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Meta):
    @classmethod
    def make(cls):
        return "sub:" + super().make()
print(Sub.make())
