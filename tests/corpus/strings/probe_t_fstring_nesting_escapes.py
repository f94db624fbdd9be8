name, width, prec = "pi", 10, 3
val = 3.14159265
print(f"{name!r:>{width}}|{val:{width}.{prec}f}|{val:<{width}.2e}|{{literal}}|{'nested ' + f'{1 + 1}'}")
items = {"a": 1, "b": 22}
print(f"{items['a']}", f"{len(items)=}", f"{'x' * 3}", f"{[k for k in items]}", f"{items!s}", f"{3.0!r}", f"{None}", f"{True:>6}", f"{-0.0}", f"{1_000_000:,d}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{42:^7d}|{3.5:^9.1f}|{-7:>+5}|{7:=+5}|{'x':0>4}")
print(f"{12:#010b}", f"{255:08x}", f"{0.000123:.2g}", f"{1234.5:.0f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{1e-10:f}", f"{123456789.123:,.1f}", f"{-1234.5:,}")
print(f"{'tab':\u003e6}", "\t|\\|\"|\'|", 'it\'s', "caf\u00e9", "\x41\102", len("\n"), repr("\n\t\\"), r"raw\n")
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"), "{name}={val:.1f}".format(name="v", val=2.25), "{0[0]} {1[k]}".format([7], {"k": 8}), "{!r}".format("q"))
class P:
    def __format__(self, spec): return f"P<{spec}>"
print(f"{P():xyz}", format(P(), "abc"), "{:hi}".format(P()), f"{P()}")
print("%-6s|%6s|%.2s|%+d|% d|%5.1f%%|%#x|%03d" % ("ab", "cd", "xyz", 5, 5, 99.5, 255, 7))
