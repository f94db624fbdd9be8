# f-string int fields with format specs (the decimal fast path and the specs it leaves to the
# general formatter), str repetition and f-strings joining many or long pieces.

specs = [">5", "<5", "^6", "=+7", "05", "+", " ", "-", "d", ">5d", "*^9", "\u2603>4", "0=8",
         "+06", "^1", "3", "", "_", ",", "#5", "x", "n", "64", ">64", ">65", "010d", "e", "%"]
for n in [0, 7, -7, 9972, -123456, 2**63 - 1, -2**63]:
    out = []
    for spec in specs:
        out.append(format(n, spec))
    print(n, "|".join(out))
for i in range(3):
    print(f"row {i}: {i * i % 9973:>5} " + "x" * (i % 5), f"{-i:+04}", f"{i:{'0'}{'>'}3}")
print(f"{True:>5}", f"{False:03}", f"{7:c}")
for bad in [".2", "5.2d", "=<5", "s", ">>5"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print("ValueError", e)

# repetition
s = "abc" * 2
print(s * 1 is s, repr(s * 0), repr(s * -3), s * 3, "\u00e9" * 4, len("xy" * 1000))
print((s * 0) == "", ("" * 5) == "", "-" * True, "=" * False == "")
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError", e)
print(3 * "ab", (s * 1) + "!", [s * 2 for _ in range(2)])

# f-strings with many and long pieces
a, b, c = "\u03b1" * 100, "b" * 200, 12345
print(len(f"{a}{b}{c}{a}"), f"{a[:2]}-{b[:3]}-{c}-{c:>8}|")
print(f"{''}{''}" == "", f"{'x'}" * 3, f"{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}")
