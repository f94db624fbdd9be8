a = [1, 2]
a.append(a)
print(a, str(a), len(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(n)
print(repr(n) if False else "skip")
nested = [[1, [2, [3, [4]]]], {"a": (5, {6})}, (), (1,), [()], {}, set(), frozenset()]
print(nested, str(nested))
print([None, True, 1.5, "s", b"b" if False else "b", ..., NotImplemented])
print({1: [1, {2: (3,)}]}, [[]] * 3, [[0] * 2 for _ in range(2)])
print(repr(range(3)), range(0, 10, 2), slice(1, None), slice(None), repr(slice(1, 2, 3)))
print([print], [len], type(len), type([].append).__name__, [int, str, object], [type(None)])
