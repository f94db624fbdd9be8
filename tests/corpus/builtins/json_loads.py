# json.loads: values, numbers, escapes, hooks and every JSONDecodeError message with its
# position (3.12 and 3.13 word trailing commas differently: see tests/stdlib_modules.rs).
import json
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
for s in ['', ' ', '{', '{"a"', '{"a" 1}', '{"a": }', '{"a": 1 "b": 2}', '{a: 1}', '[', '[1 2]', '[1,', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\nb"', '1 2', 'tru', 'nul', '-', '01', '1.', '1e', '.5', '[1] x', '"\\ud83d\\ude00"', 'NaN', '-Infinity', 'Infinity', '{"a": 1, "a": 2}', '  [1, {"b": [true, false, null]}, "x\\ty", 1.5e3, -0, 12345678901234567890123]  ', '1.0', '-0.0', '1E400', '"\\/"']:
    t(repr(s), lambda: json.loads(s))
t("bytes", lambda: json.loads(b'{"a": [1, 2]}'))
t("int", lambda: json.loads(5))
t("bom", lambda: json.loads('\ufeff[]'))
e = None
try:
    json.loads('[1,\n  2,\n  x]')
except json.JSONDecodeError as ex:
    e = ex
print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError), e.doc == '[1,\n  2,\n  x]')
