# str.split()/rsplit()/strip() without arguments split and strip on CPython's whitespace
# (str.isspace: \x1c-\x1f, \x85, \xa0, \u2028, \u3000 ... too), whatever the width of the
# whitespace character in UTF-8, from either side and with any maxsplit.
samples = [
    "a\x1cb\x1dc\x1ed\x1ff\x85g\u2028h i",
    "\u3000lead\u2003mid\u2029tail\xa0",
    " a  b ",
    "\x1c\x1f",
    "",
    "no-space",
    "x\u2028\u2028y",
]
for s in samples:
    print(repr(s), s.split(), s.split(None, 0), s.split(None, 1), s.split(maxsplit=2))
    print(" ", s.rsplit(), s.rsplit(None, 0), s.rsplit(None, 1), s.rsplit(maxsplit=2))
    print(" ", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(" ", [c.isspace() for c in s[:4]])
print(int("\u20035\u2028"), float(" 2.5\n"))
