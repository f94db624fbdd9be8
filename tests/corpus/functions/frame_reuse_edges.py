# Frames reused across calls (the frame pool) and arguments moved from the caller's stack:
# unbound locals of a reused frame stay unbound, a bound method called through a variable
# gets its receiver first, arguments keep their order, closures and cells see the right
# values, and a call with too few arguments takes the general path's error.


def maybe(flag):
    if flag:
        value = "set"
    return value


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(maybe(True))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
step = p.moved
for i in range(3):
    print(step(i, -i))


def order(a, b, c, d):
    return [a, b, c, d]


def noisy(v):
    print("arg", v)
    return v


print(order(noisy(1), noisy("two"), noisy(3.0), noisy(None)))


def outer(n):
    seen = []

    def inner(k):
        seen.append(k)
        return len(seen) + n

    return [inner(k) for k in range(n)], seen


print(outer(3))
print(outer(0))


def countdown(n, acc):
    if n == 0:
        return acc
    return countdown(n - 1, acc + [n])


print(countdown(5, []))
try:
    order(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
