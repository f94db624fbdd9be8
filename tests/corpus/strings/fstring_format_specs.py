x, pi, name = 42, 3.14159265, "ada"
print(f"{x:5d}|{x:<5}|{x:^5}|{x:>5}|{x:05d}|{x:+d}|{x:x}|{x:X}|{x:o}|{x:b}|{x:,}")
print(f"{pi:.2f}|{pi:8.3f}|{pi:e}|{pi:.1%}|{1234567.891:,.2f}|{pi:g}|{1e20:g}")
print(f"{name!r}|{name:>6}|{name:*^9}|{name.upper()}|{x * 2}|{x=}|{pi=:.1f}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{'nested'!s:>{w}}")
print(f"{{literal}} {x!s} {[1, 2]} {'q'}")
