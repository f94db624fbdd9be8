class Resource:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Resource("a") as r, Resource("b"):
    print("body", r.name)
with Resource("c", swallow=True):
    raise ValueError("swallowed")
print("after c")
with Resource("d"):
    raise KeyError("escapes")
