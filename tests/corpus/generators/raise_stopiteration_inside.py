def bad():
    yield 1
    raise StopIteration("oops")
print(list(bad()))
