for action in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1, 2].index(5), lambda: [1][5], lambda: [][0]]:
    try:
        action()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
lst = [1, 2]
lst[5] = 0
