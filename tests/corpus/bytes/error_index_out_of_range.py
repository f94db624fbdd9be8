# bytes indexing out of range: "index out of range" (no type name, unlike str and list)
b = b"abc"
print(b[2], b[-3])
print(b[3])
