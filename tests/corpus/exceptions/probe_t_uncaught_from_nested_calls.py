def parse(record):
    key, value = record.split("=")
    return key, int(value)
def load(lines):
    out = {}
    for line in lines:
        try:
            k, v = parse(line)
        except ValueError as e:
            print("skip", repr(line), "->", e)
            continue
        out[k] = v
    return out
print(load(["a=1", "b=x", "c", "d=4=5", "e=5"]))
def lookup(d, k):
    return d[k]
def report(d):
    return lookup(d, "missing") * 2
report({"present": 1})
