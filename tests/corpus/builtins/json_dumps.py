# json.dumps/dump: separators, indent, sort_keys, ensure_ascii, floats, keys, default,
# circular references, subclasses, and the round trip through loads/load.
import json
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
data = {"name": "Ada", "tags": ["x", "y"], "n": 3, "f": 1.5, "ok": True, "none": None, "nested": {"a": [1, {"b": []}], "e": {}}, "t": (1, 2)}
t("plain", lambda: json.dumps(data))
t("indent2", lambda: json.dumps(data, indent=2))
t("indent0", lambda: json.dumps([1, [2, {}], []], indent=0))
t("indent tab", lambda: json.dumps({"a": [1]}, indent="\t"))
t("sort", lambda: json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
t("seps", lambda: json.dumps({"a": [1, 2]}, separators=(",", ":")))
t("indent seps", lambda: json.dumps({"a": [1, 2]}, indent=1, separators=(",", " = ")))
t("unicode", lambda: json.dumps("héllo 😀 \x00 \x1f \u2028 \" \\ / \n\r\t\b\f"))
t("unicode raw", lambda: json.dumps("héllo 😀", ensure_ascii=False))
t("floats", lambda: json.dumps([1.0, 0.1, 1e100, -0.0, float("nan"), float("inf"), -float("inf"), 10**30, True, False]))
t("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
t("keys", lambda: json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "s": "e", False: 0}))
t("bad key", lambda: json.dumps({(1, 2): 3}))
t("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
t("set", lambda: json.dumps({1, 2}))
t("obj", lambda: json.dumps(object()))
t("default", lambda: json.dumps({"s": {3, 1, 2}}, default=sorted))
class P:
    def __init__(self): self.x = 1
t("default vars", lambda: json.dumps(P(), default=vars))
t("circular", lambda: (lambda l: (l.append(l), json.dumps(l)))([]))
t("circular dict", lambda: (lambda d: (d.__setitem__("d", d), json.dumps(d)))({}))
t("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
t("empty", lambda: (json.dumps({}), json.dumps([]), json.dumps(""), json.dumps({}, indent=2), json.dumps([], indent=2)))
class MyDict(dict): pass
class MyList(list): pass
class MyStr(str): pass
class MyInt(int):
    def __repr__(self): return "nope"
class MyFloat(float):
    def __repr__(self): return "nope"
t("subclasses", lambda: json.dumps([MyDict(a=1), MyList([1]), MyStr("s"), MyInt(5), MyFloat(2.5)]))
t("roundtrip", lambda: json.loads(json.dumps(data)))
t("dumps kw", lambda: json.dumps(1, foo=1))
t("indent neg", lambda: json.dumps([1, 2], indent=-1))
t("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
t("parse_float", lambda: json.loads('[1.5, 2]', parse_float=str))
t("parse_int", lambda: json.loads('[1.5, 2]', parse_int=float))
t("pairs_hook", lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
t("large int", lambda: json.dumps(2**64))
t("bool int key sort", lambda: json.dumps({True: 1, 2: 3}, sort_keys=True))


class Buffer:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def read(self):
        return self.text


buf = Buffer()
json.dump({"a": [1, 2]}, buf, indent=1)
print(repr(buf.text))
print(json.load(buf))
