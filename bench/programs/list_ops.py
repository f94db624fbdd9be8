# Lists in functions: appends, comprehensions, a sliding window, sorting and sums over 100,000 items.
def build(n):
    items = []
    for i in range(n):
        items.append(i * 7 % 1000)
    return items


def window_sums(items, size):
    window = []
    sums = []
    for x in items:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        sums.append(sum(window))
    return sums


def main():
    items = build(100_000)
    evens = [x for x in items if x % 2 == 0]
    sums = window_sums(evens, 5)
    items.sort()
    print(len(evens), sums[:3], max(sums), items[:5], items[-3:])


main()
