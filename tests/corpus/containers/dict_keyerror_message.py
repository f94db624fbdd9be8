d = {1: "a"}
try:
    d[2]
except KeyError as e:
    print("KeyError", e, repr(e))
d.pop("missing")
