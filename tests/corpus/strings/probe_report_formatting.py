sales = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Doohickey", 1, 99.999)]
print(f"{'Item':<10}|{'Qty':>5}|{'Price':>9}|{'Total':>10}")
print("-" * 37)
grand = 0
for name, qty, price in sales:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5d}|{price:>9.2f}|{total:>10,.2f}")
print("=" * 37)
print(f"{'TOTAL':<10}{grand:>27,.2f}")
print(f"{0.256:.1%} {1234567:,} {1234567:_} {42:08.3f} {-3:+d} {255:#x} {255:b} {7:03}")
print(f"{'centered':^20}|{'x':*^7}|{3.14159:e}|{1e-5:g}|{123456789:.3g}")
name, score = "Ann", 93.456
print("Name: %-6s Score: %6.2f" % (name, score))
print("{} scored {:.1f} ({!r})".format(name, score, name))
print("{0}-{1}-{0}".format("a", "b"), "{name}:{val:>4}".format(name="k", val=7))
width = 12
print(f"[{name:>{width}}]", f"[{score:{width}.{2}f}]")
row = {"city": "Paris", "temp": 21.5}
print("{city} is {temp}C".format(**row), f"{row['city']!s:>8}")
print("|".join(s.center(7) for s in ["a", "bb", "ccc"]))
print("title case".title(), "SHOUT".lower(), " pad ".strip(), "a,b,,c".split(","))
print("x".rjust(4, "."), "x".ljust(4, "."), "42".zfill(5), "-42".zfill(5))
text = "the quick brown fox jumps over the lazy dog"
print(text.count("the"), text.find("fox"), text.replace("the", "a", 1), text.split()[-1])
print(" ".join(w.capitalize() for w in text.split()[:3]), text.startswith(("a", "the")))
print(f"{'multi':>{10}}", f"{3:{'>'}{5}}", f"{{literal}}", f"{2 + 3 = }", f"{name=}")
