def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
def no_return():
    x = 1
lo, hi, avg = stats([4, 8, 6])
print(lo, hi, avg, no_return(), stats([1]))
