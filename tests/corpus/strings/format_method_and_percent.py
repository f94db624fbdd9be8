print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print("{:>6.2f}".format(2.5), "{0[1]}".format([7, 8]), "{:03}".format(7))
print("%s is %d years, %.2f m" % ("Al", 30, 1.8), "%5s|%-5s|" % ("r", "l"), "%x %%" % 255)
