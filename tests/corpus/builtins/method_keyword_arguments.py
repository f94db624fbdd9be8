# Keyword arguments to methods of the built-in types: most take none, a few take some by name.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


# Methods that take no keyword arguments, with and without positional arguments.
attempt("str.upper", lambda: "a".upper(x=1))
attempt("str.join", lambda: ",".join(iterable=["a"]))
attempt("str.strip", lambda: " a ".strip(chars=" "))
attempt("str.startswith", lambda: "abc".startswith(prefix="a"))
attempt("str.find", lambda: "abc".find("b", start=1))
attempt("str.count", lambda: "abc".count(x="a"))
attempt("unbound str.upper", lambda: str.upper("a", x=1))
attempt("bytes.join", lambda: b",".join(iterable_of_bytes=[b"a"]))
attempt("bytes.replace", lambda: b"aa".replace(b"a", b"b", count=1))
attempt("bytes.upper", lambda: b"a".upper(x=1))
attempt("list.append", lambda: [].append(object=1))
attempt("list.pop", lambda: [1].pop(index=0))
attempt("list.index", lambda: [1].index(1, start=0))
attempt("tuple.count", lambda: (1,).count(value=1))
attempt("dict.get", lambda: {}.get("k", default=0))
attempt("dict.setdefault", lambda: {}.setdefault(key="k"))
attempt("dict.pop", lambda: {"k": 1}.pop("k", default=None))
attempt("dict.keys", lambda: {}.keys(x=1))
attempt("dict_keys.isdisjoint", lambda: {}.keys().isdisjoint(other=[]))
attempt("set.add", lambda: set().add(elem=1))
attempt("set.union", lambda: set().union(other=[1]))
attempt("set.update", lambda: set().update(x=[1]))
attempt("frozenset.union", lambda: frozenset().union(x=[1]))
attempt("frozenset.issubset", lambda: frozenset().issubset(other=[1]))
attempt("int.bit_length", lambda: (5).bit_length(x=1))
attempt("float.as_integer_ratio", lambda: (0.5).as_integer_ratio(x=1))
attempt("range.index", lambda: range(3).index(value=1))
attempt("slice.indices", lambda: slice(1).indices(len=3))

# Methods that take some arguments by name. (An unknown name is worded differently by 3.13:
# the unit tests of builtins/method_args.rs hold 3.12's "'x' is an invalid keyword argument".)
attempt("str.split sep", lambda: "a,b,c".split(sep=","))
attempt("str.split maxsplit", lambda: "a b c".split(maxsplit=1))
attempt("str.rsplit both", lambda: "a,b,c".rsplit(maxsplit=1, sep=","))
attempt("str.split twice", lambda: "a,b".split(",", sep=","))
attempt("str.split maxsplit twice", lambda: "a,b".split(",", 1, maxsplit=1))
attempt("str.splitlines", lambda: "a\nb\n".splitlines(keepends=True))
attempt("str.expandtabs", lambda: "a\tb".expandtabs(tabsize=4))
attempt("str.encode", lambda: "é".encode(encoding="latin-1"))
attempt("str.encode errors", lambda: "é".encode("ascii", errors="replace"))
attempt("str.format", lambda: "{a}-{b}".format(a=1, b=2))
attempt("bytes.split", lambda: b"a,b".split(sep=b","))
attempt("bytes.decode", lambda: b"\xe9".decode(encoding="latin-1"))
attempt("list.sort", lambda: sorted([3, 1, 2]) and [3, 1, 2].sort(reverse=True))
attempt("dict.update", lambda: {}.update(a=1))
attempt("unbound str.find", lambda: str.find(x=1))

words = ["b", "a", "c"]
words.sort(key=str.upper, reverse=True)
print(words)
attempt("unbound str.upper", lambda: str.upper())
attempt("unbound list.append", lambda: list.append())
attempt("unbound dict.get", lambda: dict.get())

# Positional argument counts of bytes methods.
attempt("bytes.join none", lambda: b",".join())
attempt("bytes.join two", lambda: b",".join([b"a"], [b"b"]))
attempt("bytes.replace one", lambda: b"a".replace(b"a"))
attempt("bytes.replace four", lambda: b"a".replace(b"a", b"b", 1, 2))
