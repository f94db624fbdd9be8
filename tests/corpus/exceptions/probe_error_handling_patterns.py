def to_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError) as e:
        print(f"cannot convert {s!r}: {type(e).__name__}")
        return default
print([to_int(x, 0) for x in ["1", "x", None, "  7 "]])
def process(items):
    results, errors = [], []
    for i, item in enumerate(items):
        try:
            results.append(10 / item)
        except ZeroDivisionError as e:
            errors.append((i, str(e)))
        except TypeError as e:
            errors.append((i, str(e)))
    return results, errors
print(process([1, 0, "a", 4]))
def cleanup_order():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs before return")
print(cleanup_order())
def finally_overrides():
    try:
        return 1
    finally:
        pass
print(finally_overrides())
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Resource("a") as r:
    print("using", r.name)
with Resource("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    raise TypeError("bad type")
except Exception as e:
    print(isinstance(e, TypeError), e.__class__.__name__, str(e))
errors = []
for cls in (ValueError, KeyError, IndexError):
    try:
        raise cls("x")
    except LookupError as e:
        errors.append(("lookup", type(e).__name__))
    except Exception as e:
        errors.append(("other", type(e).__name__))
print(errors)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, got {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for v in [5, -1, "3"]:
    try:
        print(validate(v))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(to_int("zz"))
int("zz")
