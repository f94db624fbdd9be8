"""aiterscope's itertools: the common iterator builders, written as generators."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def islice(iterable, *args):
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    if start < 0 or (stop is not None and stop < 0):
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    nxt = start
    i = 0
    if stop is not None and stop <= start:
        return
    for x in it:
        if i == nxt:
            yield x
            nxt += step
        i += 1
        if stop is not None and i >= stop:
            return


def chain(*iterables):
    for it in iterables:
        for x in it:
            yield x


def _from_iterable(iterables):
    for it in iterables:
        for x in it:
            yield x


chain.from_iterable = _from_iterable


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def starmap(func, iterable):
    for args in iterable:
        yield func(*args)


def zip_longest(*iterables, fillvalue=None):
    its = [iter(x) for x in iterables]
    if not its:
        return
    while True:
        row = []
        live = 0
        for i, it in enumerate(its):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
                live += 1
            except StopIteration:
                its[i] = None
                row.append(fillvalue)
        if live == 0:
            return
        yield tuple(row)


def pairwise(iterable):
    it = iter(iterable)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield (prev, x)
        prev = x


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r

    def build(prefix, used):
        if len(prefix) == r:
            yield tuple(pool[i] for i in prefix)
            return
        for i in range(n):
            if i not in used:
                yield from build(prefix + [i], used | {i})

    if r <= n:
        yield from build([], set())


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)

    def build(start, prefix):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(start, n):
            yield from build(i + 1, prefix + [pool[i]])

    if r <= n:
        yield from build(0, [])


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    items = list(iterable)
    i = 0
    while i < len(items):
        k = keyfunc(items[i])
        j = i
        while j < len(items) and keyfunc(items[j]) == k:
            j += 1
        yield k, iter(items[i:j])
        i = j


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(items) for _ in range(n))


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
