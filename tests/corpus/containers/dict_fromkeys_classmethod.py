# dict.fromkeys is a classmethod: on an instance it uses the class (it returned {} for
# {}.fromkeys('ab')), a subclass is instantiated and filled through its __setitem__, and it
# takes no keywords.
from collections import OrderedDict, Counter, defaultdict
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
class WithInit(dict):
    def __init__(self):
        print("init")
        super().__init__()
t("plain", lambda: dict.fromkeys("ab", 0))
t("instance", lambda: {"z": 1}.fromkeys(["x"]))
t("loud", lambda: Loud.fromkeys("ab", 1))
t("withinit", lambda: WithInit.fromkeys([1]))
t("odict", lambda: OrderedDict.fromkeys("ab"))
t("counter", lambda: Counter.fromkeys("ab"))
t("defaultdict", lambda: (lambda d: (type(d).__name__, d.default_factory, dict(d)))(defaultdict.fromkeys("ab", 1)))
t("none", lambda: dict.fromkeys())
t("three", lambda: dict.fromkeys("a", 1, 2))
t("notiter", lambda: dict.fromkeys(5))
t("kw", lambda: dict.fromkeys("ab", value=1))
t("type", lambda: type(dict.fromkeys).__name__)
t("dict value", lambda: dict.fromkeys({"k": 1}, [0]))
