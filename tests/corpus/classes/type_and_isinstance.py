class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) is A, isinstance(b, A), isinstance(b, (int, str)), isinstance(3, (str, int)))
print(type(3).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(issubclass(bool, int), issubclass(B, (str, A)), isinstance(True, int))
print(B.__name__, B.__bases__[0].__name__)
