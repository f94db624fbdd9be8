print(hash(1) == hash(1), hash((1, 2)) == hash((1, 2)), hash(True) == hash(1))
x = []
print(id(x) == id(x), id(x) != id([]))
hash([1])
