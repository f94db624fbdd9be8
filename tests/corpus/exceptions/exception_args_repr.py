for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3), KeyError("k"), KeyError()]:
    print(repr(e), "|", str(e), "|", e.args)
