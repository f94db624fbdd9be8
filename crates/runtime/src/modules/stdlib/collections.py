"""aiterscope's collections: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
UserDict, UserList and UserString.

defaultdict, OrderedDict and Counter subclass dict, and namedtuple classes subclass tuple
(fields are read-only properties), as in CPython; deque wraps a list. OrderedDict's views are
odict_keys/odict_values/odict_items over the dict's own views. ChainMap and the User* wrappers
are the collections.abc mixin classes over `maps`/`data`, as in CPython.
"""


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError(f"'{type(maxlen).__name__}' object cannot be interpreted as an integer")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
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
        for i, item in enumerate(self._items):
            if item is x or item == x:
                del self._items[i]
                return
        raise ValueError(f"{x!r} is not in deque")

    def index(self, x, start=0, stop=None):
        items = self._items
        stop = len(items) if stop is None else stop
        for i in range(*slice(start, stop).indices(len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self.maxlen is not None and len(self._items) >= self.maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def reverse(self):
        self._items.reverse()

    def copy(self):
        return deque(self._items, self.maxlen)

    def __copy__(self):
        return self.copy()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self.maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items * n, self.maxlen)

    __rmul__ = __mul__

    def __delitem__(self, i):
        self._check_index(i)
        del self._items[i]

    def _check_index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")

    __hash__ = None

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        self._check_index(i)
        return self._items[i]

    def __setitem__(self, i, v):
        self._check_index(i)
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


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kw):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kw)
        self.default_factory = default_factory

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self[k] = v
        return v

    def __repr__(self):
        f = self.default_factory
        name = "None" if f is None else repr(f)
        return f"defaultdict({name}, {dict.__repr__(self)})"

    def copy(self):
        return defaultdict(self.default_factory, self)


class OrderedDict(dict):
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def move_to_end(self, k, last=True):
        v = self.pop(k)
        if last:
            self[k] = v
        else:
            rest = dict(self)
            self.clear()
            self[k] = v
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        k = list(self)[-1 if last else 0]
        return k, self.pop(k)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        if isinstance(other, dict):
            return len(self) == len(other) and all(
                k in other and other[k] == v for k, v in self.items()
            )
        return NotImplemented

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({dict.__repr__(self)})"

    def copy(self):
        return OrderedDict(self)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)


class _OdictView:
    """An OrderedDict view: the dict's own view of the same kind, under its odict name."""

    __slots__ = ("_view",)

    def __init__(self, od):
        self._view = type(self)._of(od)

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, x):
        return x in self._view

    def __repr__(self):
        return f"{type(self).__name__}({list(self._view)!r})"


def _plain_view(x):
    return x._view if isinstance(x, _OdictView) else x


class _OdictSetView(_OdictView):
    """odict_keys and odict_items: set operations and comparisons as the dict's views."""

    __slots__ = ()
    __hash__ = None

    def __eq__(self, other):
        return self._view == _plain_view(other)

    def __ne__(self, other):
        return self._view != _plain_view(other)

    def __lt__(self, other):
        return self._view < _plain_view(other)

    def __le__(self, other):
        return self._view <= _plain_view(other)

    def __gt__(self, other):
        return self._view > _plain_view(other)

    def __ge__(self, other):
        return self._view >= _plain_view(other)

    def __and__(self, other):
        return self._view & _plain_view(other)

    def __rand__(self, other):
        return _plain_view(other) & self._view

    def __or__(self, other):
        return self._view | _plain_view(other)

    def __ror__(self, other):
        return _plain_view(other) | self._view

    def __sub__(self, other):
        return self._view - _plain_view(other)

    def __rsub__(self, other):
        return set(_plain_view(other)) - set(self._view)

    def __xor__(self, other):
        return self._view ^ _plain_view(other)

    def __rxor__(self, other):
        return _plain_view(other) ^ self._view

    def isdisjoint(self, other):
        return self._view.isdisjoint(_plain_view(other))


class odict_keys(_OdictSetView):
    __slots__ = ()
    _of = dict.keys


class odict_items(_OdictSetView):
    __slots__ = ()
    _of = dict.items


class odict_values(_OdictView):
    __slots__ = ()
    _of = dict.values


class Counter(dict):
    def __init__(self, iterable=None, **kw):
        super().__init__()
        self.update(iterable, **kw)

    def __missing__(self, k):
        return 0

    def update(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) + v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) + 1
        for k, v in kw.items():
            self[k] = self.get(k, 0) + v

    def subtract(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) - v
            else:
                for k in iterable:
                    self[k] = self.get(k, 0) - 1
        for k, v in kw.items():
            self[k] = self.get(k, 0) - v

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self.values())

    def copy(self):
        return Counter(self)

    def _combined(self, other, merge, other_only=None):
        """A new Counter of `merge(self[k], other[k])` for self's keys, then `other_only(n)`
        for the keys only `other` has, keeping positive counts (CPython's multiset ops)."""
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for k, v in self.items():
            n = merge(v, other[k])
            if n > 0:
                out[k] = n
        if other_only is not None:
            for k, v in other.items():
                if k not in self:
                    n = other_only(v)
                    if n > 0:
                        out[k] = n
        return out

    def __add__(self, other):
        return self._combined(other, lambda v, w: v + w, lambda w: w)

    def __sub__(self, other):
        return self._combined(other, lambda v, w: v - w, lambda w: 0 - w)

    def __or__(self, other):
        return self._combined(other, lambda v, w: w if v < w else v, lambda w: w)

    def __and__(self, other):
        return self._combined(other, lambda v, w: v if v < w else w)

    def __pos__(self):
        out = Counter()
        for k, v in self.items():
            if v > 0:
                out[k] = v
        return out

    def __neg__(self):
        out = Counter()
        for k, v in self.items():
            if v < 0:
                out[k] = 0 - v
        return out

    def _all_keys(self, other):
        return [k for c in (self, other) for k in c]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] == other[k] for k in self._all_keys(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] <= other[k] for k in self._all_keys(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[k] >= other[k] for k in self._all_keys(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return "Counter()"
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return "Counter({" + items + "})"


class _TupleGetter:
    """A named tuple's field: item `index` of the tuple, read-only (CPython's _tuplegetter)."""

    __slots__ = ("index",)

    def __init__(self, index):
        self.index = index

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield',
))


def _checked_field_names(typename, field_names, rename):
    """The field names after `rename` and CPython's validity checks (same messages)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return tuple(field_names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    fields = _checked_field_names(typename, field_names, rename)
    defaults = tuple(defaults or ())
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')

    def __new__(cls, *args, **kw):
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
                missing = [f for f in fields[i:first_default] if f not in kw]
                raise TypeError(
                    f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: "
                    + _quote_list(missing)
                )
        if kw:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{next(iter(kw))}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(fields, self))
        return f"{typename}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kw):
        vals = [kw.pop(n, v) for n, v in zip(fields, self)]
        if kw:
            raise ValueError(f"Got unexpected field names: {list(kw)!r}")
        return cls(*vals)

    def _make(iterable):
        return cls(*iterable)

    ns = {
        "__slots__": (),
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": staticmethod(_make),
        "_fields": fields,
        "_field_defaults": dict(zip(fields[len(fields) - len(defaults):], defaults)),
    }
    for index, name in enumerate(fields):
        ns[name] = _TupleGetter(index)
    cls = type(typename, (tuple,), ns)
    return cls


def _quote_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


# Defined in _collections_wrappers, imported on first use (they need collections.abc).
_WRAPPERS = ("ChainMap", "UserDict", "UserList", "UserString")


def __getattr__(name):
    if name in _WRAPPERS:
        import _collections_wrappers

        value = getattr(_collections_wrappers, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
