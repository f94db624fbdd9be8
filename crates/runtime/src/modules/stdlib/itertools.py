"""aiterscope's itertools: CPython 3.12's iterator builders as small classes.

Each builder is a class (so `type(x).__name__`, `isinstance` and reprs match CPython), checks
its arguments when it is called (not at the first `next`), and is lazy: nothing reads more of
the input than CPython's C implementation does.
"""

_MISSING = object()


def _index(value):
    """The int value of an integer argument, or CPython's TypeError for anything else."""
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def _required(fn, name, pos, value):
    """Raise CPython's message for a C builder's missing required argument."""
    if value is _MISSING:
        raise TypeError(f"{fn}() missing required argument '{name}' (pos {pos})")


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... forever."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class cycle:
    """cycle(iterable): the items of iterable, then the same items again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                x = next(self._it)
            except StopIteration:
                self._it = None
            else:
                self._saved.append(x)
                return x
        if not self._saved:
            raise StopIteration
        x = self._saved[self._pos]
        self._pos = (self._pos + 1) % len(self._saved)
        return x


class repeat:
    """repeat(object[, times]): object, times times (forever without times)."""

    def __init__(self, object, times=None):
        self._obj = object
        self._left = None if times is None else max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"


_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDICES_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_MSG = "Step for islice() must be a positive integer or None."


def _islice_arg(value, default):
    """An islice index as an int (None gives default); -1 for a value that is not an int."""
    if value is None:
        return default
    if isinstance(value, int):
        return int(value)
    return -1


class islice:
    """islice(iterable, stop) / islice(iterable, start, stop[, step]): selected items."""

    def __init__(self, *args):
        if len(args) < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
        if len(args) > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
        iterable = args[0]
        start, stop, step = 0, None, 1
        if len(args) == 2:
            stop = _islice_arg(args[1], None)
            if stop is not None and stop < 0:
                raise ValueError(_STOP_MSG)
        else:
            start = _islice_arg(args[1], 0)
            stop = _islice_arg(args[2], None)
            if stop is not None and stop < 0:
                raise ValueError(_STOP_MSG)
        if start < 0:
            raise ValueError(_INDICES_MSG)
        if len(args) == 4:
            step = _islice_arg(args[3], 1)
        if step < 1:
            raise ValueError(_STEP_MSG)
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._count < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._count += 1
        if stop is not None and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): chain over the iterables that iterable yields."""
        result = cls()
        result._source = iter(iterable)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class accumulate:
    """accumulate(iterable[, func, *, initial=None]): running totals (or running func)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING if initial is None else initial
        self._initial_pending = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial_pending:
            self._initial_pending = False
            return self._total
        x = next(self._it)
        if self._total is _MISSING:
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class takewhile:
    """takewhile(predicate, iterable): items while predicate holds, then stop."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate holds, then yield the rest."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if not self._dropping:
                return x
            if not self._pred(x):
                self._dropping = False
                return x


class filterfalse:
    """filterfalse(predicate, iterable): the items for which predicate is false."""

    def __init__(self, function, iterable):
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if not (x if self._pred is None else self._pred(x)):
                return x


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    def __init__(self, data=_MISSING, selectors=_MISSING):
        _required("compress", "data", 1, data)
        _required("compress", "selectors", 2, selectors)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._data)
            if next(self._selectors):
                return x


class starmap:
    """starmap(function, iterable): function(*args) for each args tuple."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*tuple(next(self._it)))


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip to the longest input, padding the rest."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = kwargs.pop("fillvalue", None)
        if kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        self._its = [iter(x) for x in iterables]
        self._live = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if self._live == 0:
            raise StopIteration
        row = []
        for i, it in enumerate(self._its):
            if it is None:
                row.append(self._fill)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                self._its[i] = None
                self._live -= 1
                if self._live == 0:
                    raise
                row.append(self._fill)
        return tuple(row)


class pairwise:
    """pairwise(iterable): overlapping pairs (a, b), (b, c), ..."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._prev is _MISSING:
                self._prev = next(self._it)
            x = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._prev, x)
        self._prev = x
        return pair


class batched:
    """batched(iterable, n): tuples of n items (the last one may be shorter)."""

    def __init__(self, iterable=_MISSING, n=_MISSING):
        _required("batched", "iterable", 1, iterable)
        _required("batched", "n", 2, n)
        n = _index(n)
        if n < 1:
            raise ValueError("n must be at least one")
        self._it = iter(iterable)
        self._n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        batch = []
        for _ in range(self._n):
            try:
                batch.append(next(self._it))
            except StopIteration:
                self._it = None
                break
        if not batch:
            raise StopIteration
        return tuple(batch)


class _IndexTupleIterator:
    """Shared base: yields tuple(pool[i] for i in indices) for each index tuple of a generator."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class product(_IndexTupleIterator):
    """product(*iterables, repeat=1): the cartesian product, as tuples."""

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(p) == 0 for p in pools):
            return
        indices = [0] * len(pools)
        yield tuple(p[0] for p in pools)
        while True:
            i = len(pools) - 1
            while i >= 0 and indices[i] == len(pools[i]) - 1:
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            yield tuple(pools[k][indices[k]] for k in range(len(pools)))


class permutations(_IndexTupleIterator):
    """permutations(iterable, r=None): r-length orderings of the items, as tuples."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


def _pool_and_r(name, iterable, r):
    """The checked (pool, r) arguments of combinations and combinations_with_replacement."""
    _required(name, "iterable", 1, iterable)
    _required(name, "r", 2, r)
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return pool, r


class combinations(_IndexTupleIterator):
    """combinations(iterable, r): r-length subsequences in input order, as tuples."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        self._gen = self._run(*_pool_and_r("combinations", iterable, r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_IndexTupleIterator):
    """combinations_with_replacement(iterable, r): r-length sorted selections with repeats."""

    def __init__(self, iterable=_MISSING, r=_MISSING):
        self._gen = self._run(*_pool_and_r("combinations_with_replacement", iterable, r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with equal keys."""

    def __init__(self, iterable=_MISSING, key=None):
        _required("groupby", "iterable", 1, iterable)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._current_group = None

    def __iter__(self):
        return self

    def _advance(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def _same_key(self):
        tgt, curr = self._tgtkey, self._currkey
        return tgt is curr or tgt == curr

    def __next__(self):
        self._current_group = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING or not self._same_key():
                break
            self._advance()
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._current_group = group
        return (self._currkey, group)


class _grouper:
    """One group of a groupby: valid only until the groupby moves on."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_group is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._advance()
        curr = parent._currkey
        if not (self._tgtkey is curr or self._tgtkey == curr):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


class _tee:
    """One of the iterators tee() returns; all share one linked buffer of read items."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        value, self._link = link
        return value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over the same items."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
