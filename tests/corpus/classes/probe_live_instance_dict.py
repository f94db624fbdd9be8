class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Config({items})"
c = Config(host="localhost", port=8080)
print(c, c.host, c.port)
d = c.__dict__
c.debug = True
print(d, "debug" in d)
del d["port"]
print(hasattr(c, "port"), vars(c) is c.__dict__)
d["port"] = 9000
print(c.port)
del c.host
print(d)
c.__dict__ = {"fresh": 1}
print(c.fresh, vars(c))
for k in list(vars(c)):
    setattr(c, k + "_copy", getattr(c, k))
print(sorted(vars(c)))
class Account:
    def __init__(self):
        self.balance = 0
a = Account()
a.__dict__.setdefault("owner", "ann")
print(a.owner, a.__dict__.pop("balance"), vars(a))
try:
    a.balance
except AttributeError as e:
    print(e)
