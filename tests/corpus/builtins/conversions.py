print(int(True), int("-5"), int(7.99), float("3"), str(3.0), bool(""), bool("0"), bool([]), bool(0.0))
print(list("ab"), list((1, 2)), list({1: 2}), tuple([1]), dict([(1, 2)]), set([1, 1]))
print(repr(str()), int(), float(), list(), tuple(), dict())
