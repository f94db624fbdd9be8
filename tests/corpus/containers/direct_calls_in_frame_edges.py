# Built-in methods called by the hot loop among its fast cases (dict.get/setdefault, str
# methods, list.pop) next to the ones it hands back (list.append, errors, a subclass's own
# method), and list displays built in the loop.
class D(dict):
    def get(self, key, default=None):
        return ("sub", dict.get(self, key, default))


def loop():
    counts = {}
    groups = {}
    words = []
    seen = []
    sub = D(a=1)
    for i in range(40):
        key = i % 5
        counts[key] = counts.get(key, 0) + 1
        bucket = groups.setdefault(key % 3, [])
        if len(bucket) < 3:
            bucket.append(i)
        pair = [i, key]
        seen.append(pair)
        w = " Word%d " % key
        words.append(w.strip().lower())
        if w.startswith(" W") and w.endswith(" "):
            counts["sw"] = counts.get("sw", 0) + 1
        if i % 10 == 0:
            print(sub.get("a"), sub.get(i, "none"), groups.get(key % 3) is bucket)
    print(counts, groups, words[:6], seen[-2:], len(seen))
    stack = [1, 2, 3, 4]
    out = []
    while stack:
        out.append(stack.pop())
    print(out, [9, 8, 7].pop(0), [9, 8, 7].pop(-1))
    # Fresh lists stay distinct while alive; an empty one set aside is a new list.
    a = []
    b = groups.setdefault(0, [])
    c = []
    print(a is c, a == c, b is groups[0])
    for bad in ((), (1, 2, 3)):
        try:
            counts.get(*bad)
        except TypeError as exc:
            print("TypeError:", exc)
    try:
        [].pop()
    except IndexError as exc:
        print("IndexError:", exc)
    try:
        counts.get([1])
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        "abc".startswith(1)
    except TypeError as exc:
        print("TypeError:", exc)


loop()
