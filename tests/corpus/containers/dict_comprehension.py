squares = {n: n * n for n in range(6) if n % 2 == 0}
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(squares, inverted, {k: len(k) for k in ["x", "yy"]})
