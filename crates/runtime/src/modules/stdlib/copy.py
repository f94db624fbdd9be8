"""aiterscope's copy module: shallow and deep copies of the built-in containers and of
instances of user classes (their attribute dict is copied)."""

_ATOMIC = (int, float, bool, str, bytes, type(None), type, range)


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls in (tuple, frozenset):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if hasattr(x, "__copy__"):
        return x.__copy__()
    new = cls.__new__(cls)
    new.__dict__.update(x.__dict__)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if cls is list:
        out = []
        memo[key] = out
        for v in x:
            out.append(deepcopy(v, memo))
        return out
    if cls is dict:
        out = {}
        memo[key] = out
        for k, v in x.items():
            out[deepcopy(k, memo)] = deepcopy(v, memo)
        return out
    if cls is tuple:
        out = tuple(deepcopy(v, memo) for v in x)
        memo[key] = out
        return out
    if cls is set:
        out = {deepcopy(v, memo) for v in x}
        memo[key] = out
        return out
    if cls is frozenset:
        return frozenset(deepcopy(v, memo) for v in x)
    if hasattr(x, "__deepcopy__"):
        return x.__deepcopy__(memo)
    new = cls.__new__(cls)
    memo[key] = new
    for k, v in x.__dict__.items():
        new.__dict__[k] = deepcopy(v, memo)
    return new
