class AppError(Exception):
    """Base for the app."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    pass
def check(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if user["name"] == "ghost":
        raise NotFound(user["name"])
    return f"ok {user['name']}"
for u in [{"name": "ann"}, {}, {"name": "ghost"}]:
    try:
        print(check(u))
    except ValidationError as e:
        print("invalid", e.field, e, repr(e), e.args)
    except AppError as e:
        print("app error", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("checked")
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__, AppError.__doc__)
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(f"bad number {s!r}") from e
try:
    parse("x1")
except AppError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
class RetryError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(attempts)
    def __str__(self):
        return f"gave up after {self.attempts} attempts"
try:
    raise RetryError(3)
except AppError as e:
    print(e, e.args)
err = ValueError("a", 2)
print(str(err), repr(err), err.args)
def risky():
    raise NotFound("item 42")
try:
    risky()
except (KeyError, NotFound) as e:
    print("caught", e)
raise ValidationError("age", "must be positive")
