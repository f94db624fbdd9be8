"""aiterscope's collections: deque, defaultdict, Counter, OrderedDict and namedtuple.

`dict` and `tuple` cannot be subclassed in aiterscope yet, so defaultdict, Counter and the
namedtuple classes wrap a dict or a list: they behave like the real ones in the usual
operations and print like them, but isinstance(x, dict) / isinstance(x, tuple) is False.
"""


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def count(self, x):
        return self._items.count(x)

    def remove(self, x):
        self._items.remove(x)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return bool(self._items)

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self.maxlen})"


class _DictWrapper:
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        if k in self._d:
            return self._d[k]
        return self.__missing__(k)

    def __missing__(self, k):
        raise KeyError(k)

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __contains__(self, k):
        return k in self._d

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        return self._d == other

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, k, *default):
        return self._d.pop(k, *default)

    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)

    def update(self, other=(), **kw):
        self._d.update(other, **kw)

    def clear(self):
        self._d.clear()

    def copy(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new._d = dict(self._d)
        return new


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kw):
        super().__init__()
        self.default_factory = default_factory
        self._d.update(*args, **kw)

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self._d[k] = v
        return v

    def __repr__(self):
        f = self.default_factory
        name = "None" if f is None else repr(f)
        return f"defaultdict({name}, {self._d!r})"


class OrderedDict(_DictWrapper):
    def __init__(self, *args, **kw):
        super().__init__()
        self._d.update(*args, **kw)

    def move_to_end(self, k, last=True):
        v = self._d.pop(k)
        if last:
            self._d[k] = v
        else:
            rest = dict(self._d)
            self._d.clear()
            self._d[k] = v
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        k = list(self._d)[-1 if last else 0]
        return k, self._d.pop(k)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return f"OrderedDict({self._d!r})"


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kw):
        super().__init__()
        self.update(iterable, **kw)

    def __missing__(self, k):
        return 0

    def update(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, (dict, Counter)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + 1
        for k, v in kw.items():
            self._d[k] = self._d.get(k, 0) + v

    def subtract(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, (dict, Counter)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) - v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        for k, v in kw.items():
            self._d[k] = self._d.get(k, 0) - v

    def most_common(self, n=None):
        ranked = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self._d.values())

    def __add__(self, other):
        out = Counter()
        for k, v in self._d.items():
            out._d[k] = v + other._d.get(k, 0)
        for k, v in other._d.items():
            if k not in self._d:
                out._d[k] = v
        out._d = {k: v for k, v in out._d.items() if v > 0}
        return out

    def __sub__(self, other):
        out = Counter()
        for k, v in self._d.items():
            n = v - other._d.get(k, 0)
            if n > 0:
                out._d[k] = n
        return out

    def __repr__(self):
        if not self._d:
            return "Counter()"
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return "Counter({" + items + "})"


def namedtuple(typename, field_names, *, defaults=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults or ())

    def __init__(self, *args, **kw):
        if len(args) > len(fields):
            raise TypeError(
                f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given"
            )
        values = list(args)
        first_default = len(fields) - len(defaults)
        for i in range(len(args), len(fields)):
            name = fields[i]
            if name in kw:
                values.append(kw.pop(name))
            elif i >= first_default:
                values.append(defaults[i - first_default])
            else:
                missing = [f for f in fields[i:] if f not in kw][: len(fields)]
                raise TypeError(
                    f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: "
                    + _quote_list(missing)
                )
        if kw:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{next(iter(kw))}'")
        object.__setattr__(self, "_values", tuple(values))

    def __getattr__(self, name):
        vals = object.__getattribute__(self, "_values")
        if name in fields:
            return vals[fields.index(name)]
        raise AttributeError(f"'{typename}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(fields, self._values))
        return f"{typename}({inner})"

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, i):
        return self._values[i]

    def __eq__(self, other):
        if hasattr(other, "_values"):
            return self._values == other._values
        return self._values == other

    def __lt__(self, other):
        return self._values < tuple(other)

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **kw):
        vals = [kw.pop(n, v) for n, v in zip(fields, self._values)]
        if kw:
            raise ValueError(f"Got unexpected field names: {list(kw)!r}")
        return cls(*vals)

    def _make(iterable):
        return cls(*iterable)

    ns = {
        "__init__": __init__,
        "__getattr__": __getattr__,
        "__setattr__": __setattr__,
        "__repr__": __repr__,
        "__iter__": __iter__,
        "__len__": __len__,
        "__getitem__": __getitem__,
        "__eq__": __eq__,
        "__lt__": __lt__,
        "__hash__": __hash__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": staticmethod(_make),
        "_fields": fields,
    }
    cls = type(typename, (), ns)
    return cls


def _quote_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
