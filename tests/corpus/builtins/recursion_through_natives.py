# Recursion 200 levels deep through builtins that call back into Python: key functions,
# map/filter/zip consumed by list(), generator expressions consumed by sum()/any()/join,
# functools.reduce, and dunders called by containers (hash, ==, repr) and str.format.
import functools

N = 200


def through_sorted(n):
    return n if n == N else sorted([n + 1], key=through_sorted)[0]


def through_max(n):
    return n if n == N else max([n + 1], key=through_max)


def through_min(n):
    return n if n == N else min([n + 1], key=through_min)


def through_map(n):
    return n if n == N else list(map(through_map, [n + 1]))[0]


def through_filter(n):
    return [n] if n == N else list(filter(through_filter, [n + 1]))


def through_zip(n):
    return n if n == N else list(zip(map(through_zip, [n + 1])))[0][0]


def through_sum(n):
    return n if n == N else sum(through_sum(n + 1) for _ in range(1))


def through_any(n):
    return n == N or any(through_any(n + 1) for _ in range(1))


def through_join(n):
    return "x" if n == N else "".join(through_join(n + 1) for _ in range(1))


def through_reduce(n):
    return n if n == N else functools.reduce(lambda a, b: through_reduce(b), [0, n + 1])


print(through_sorted(0), through_max(0), through_min(0), through_map(0))
print(through_filter(0), through_zip(0), through_sum(0), through_any(0))
print(through_join(0), through_reduce(0))


class Node:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n if self.n == N else len({Node(self.n + 1): 1}) + self.n

    def __eq__(self, other):
        if self.n == N:
            return True
        return [Node(self.n + 1)].count(Node(self.n + 1)) == 1

    def __repr__(self):
        return "leaf" if self.n == N else repr([Node(self.n + 1)])[1:-1]

    def __str__(self):
        return "leaf" if self.n == N else "{}".format(Node(self.n + 1))


print(hash(Node(0)), Node(0) == Node(0))
print(repr(Node(0)), str(Node(0)), repr({1: Node(N - 3)}))
