def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
