from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, fail=False):
    print("acquire", name)
    try:
        yield name
        if fail:
            raise ValueError(name)
    finally:
        print("release", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback ran")
    print(names)

try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        stack.enter_context(res("y", fail=True))
        print("body")
except ValueError as e:
    print("ValueError", e)

with ExitStack() as stack:
    stack.enter_context(res("moved"))
    later = stack.pop_all()
print("stack exited")
later.close()
