# str.format_map: names looked up in the mapping (a dict subclass's __missing__ applies),
# attribute/index/nested-spec fields, positional fields refused, the argument count.
print("{name} is {age}".format_map({"name": "Ada", "age": 36}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} from {city:>8}".format_map(Default(name="Bo")))
for tmpl, m in [("{0}", {}), ("{}", {}), ("{x}", {}), ("{x.real}", {"x": 3}), ("{x[0]}", {"x": "ab"}), ("{x:{w}}", {"x": 1, "w": 4})]:
    try:
        print(repr(tmpl.format_map(m)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "x".format_map()
except TypeError as e:
    print(e)
