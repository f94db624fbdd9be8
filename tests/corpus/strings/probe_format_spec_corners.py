print(format(3.14159, ".2f"), format(42, "08.3f"), format(-5, "+d"), format(5, " d"), format(1234567, ","), format(1234567.891, "_.2f"))
print(format("abc", ">6"), format("abc", "^7"), format("abc", "*<5"), format(42, "#x"), format(42, "#o"), format(42, "#b"), format(255, "X"))
print(format(0.000123, "e"), format(123456789.0, ".3e"), format(1e20, "g"), format(0.0001, "g"), format(1234.5, "G"), format(0.5, "%"), format(0.12345, ".1%"))
print(format(3, "=+5"), format(-3, "=6"), format(12, "^+7"), format(3.0, ""), format(2.50, "n"), format(10, "c"))
print(f"{'x':>{3}}|{3.14159:{'.3'}}|{42:{'>'}{8}}")
print("{:,d} {:_x} {:>10.3s}|".format(10**9, 0xdeadbeef, "abcdef"))
print("{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{!r:>8}".format("hi"), "{{literal}}".format())
print(format(True, "d"), format(True), format(None), f"{None!r}", f"{1.0:.0f}", f"{2.5:.0f}", f"{-0.0}")
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format(3.5, "d")
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print(repr(e))
