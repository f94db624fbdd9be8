cases = [lambda: "a" - "b", lambda: [1] * "x", lambda: None + 1, lambda: {} < {}, lambda: 1 < "a", lambda: -"s", lambda: ~1.5]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
