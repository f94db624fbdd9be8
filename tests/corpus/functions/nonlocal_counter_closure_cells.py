def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make_accumulators()
add(5); add(10)
print(get())
