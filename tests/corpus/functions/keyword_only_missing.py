def g(*, only):
    return only
g()
