# A string/list/dict workload: word counting, sorting, joining and slicing.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
parts = []
for i in range(200_000):
    w = words[i % len(words)] + str(i % 13)
    counts[w] = counts.get(w, 0) + 1
    if i % 1000 == 0:
        parts.append(w.upper()[:4])
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top[0], "-".join(parts[:10]), len(" ".join(parts)))
