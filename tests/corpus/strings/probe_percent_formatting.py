print("%s and %r" % ("a", "a"), "%d%%" % 50, "%5.2f|%-6d|%06.1f" % (3.14159, 42, -2.5))
print("%x %X %o %e %g %c %c" % (255, 255, 8, 12345.678, 0.00001, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 7}, "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%+d % d %5s|%-5s|" % (3, 3, "ab", "ab"), "%.3s" % "abcdef", "%*d" % (5, 42), "%i" % 3.9)
print("%r" % None, "%a" % "é", "%s" % True, "%d" % True, "%.0f %.1f" % (0.5, 0.25))
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
