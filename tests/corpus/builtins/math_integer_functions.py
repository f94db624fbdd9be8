# math's integer functions on ints of any size, __index__, and their errors.
import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class I:
    def __index__(self):
        return 7


class BadIndex:
    def __index__(self):
        return "x"


class Sub(int):
    pass


t("gcd", lambda: [math.gcd(), math.gcd(-12), math.gcd(4, 6), math.gcd(-4, -6), math.gcd(0, 0),
                  math.gcd(12, 18, 27), math.gcd(True, 4), math.gcd(2**100, 2**70 * 3),
                  math.gcd(I(), 14), math.gcd(Sub(9), 6)])
t("gcd float", lambda: math.gcd(4, 2.0))
t("gcd str", lambda: math.gcd(4, "2"))
t("gcd bad index", lambda: math.gcd(BadIndex()))
t("lcm", lambda: [math.lcm(), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5),
                  math.lcm(2**70, 3), math.lcm(7), math.lcm(-7), math.lcm(I(), 2)])
t("lcm float", lambda: math.lcm(4, 6.0))
t("lcm zero then float", lambda: math.lcm(0, 6.0))
t("isqrt", lambda: [math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 10**20 + 5, 2**127, True, I())])
t("isqrt big", lambda: math.isqrt(10**400) == 10**200)
t("isqrt big-1", lambda: math.isqrt(10**400 - 1) == 10**200 - 1)
t("isqrt -1", lambda: math.isqrt(-1))
t("isqrt float", lambda: math.isqrt(4.0))
t("factorial", lambda: [math.factorial(n) for n in (0, 1, 5, 20, 21, 25, True, I())])
t("factorial 100", lambda: math.factorial(100))
t("factorial 1000 digits", lambda: len(str(math.factorial(1000))))
t("factorial -1", lambda: math.factorial(-1))
t("factorial float", lambda: math.factorial(5.0))
t("factorial str", lambda: math.factorial("5"))
t("factorial huge", lambda: math.factorial(10**20))
t("comb", lambda: [math.comb(10, 3), math.comb(5, 0), math.comb(5, 5), math.comb(5, 6),
                   math.comb(100, 50), math.comb(I(), 2), math.comb(True, True),
                   math.comb(10**20, 2), math.comb(2**64, 3)])
t("comb float", lambda: math.comb(5.0, 2))
t("comb -n", lambda: math.comb(-5, 2))
t("comb -k", lambda: math.comb(5, -2))
t("comb -n -k", lambda: math.comb(-5, -2))
t("perm", lambda: [math.perm(5), math.perm(5, None), math.perm(10, 3), math.perm(5, 6),
                   math.perm(30, 20), math.perm(0), math.perm(10**20, 2)])
t("perm -n", lambda: math.perm(-5, 2))
t("perm -k", lambda: math.perm(5, -1))
t("perm float k", lambda: math.perm(5, 2.0))

# comb through the prime sieve (k > 64), perm through the product tree, gcd/lcm of a big and
# a small int.
print([math.comb(n, k) for n in (100, 200, 1000) for k in (0, 1, 65, 66, 99, 100, 150)] == [math.factorial(n) // (math.factorial(k) * math.factorial(n - k)) if k <= n else 0 for n in (100, 200, 1000) for k in (0, 1, 65, 66, 99, 100, 150)])
print(math.comb(5000, 2500) % 1000000007, math.perm(5000, 2500) % 1000000007, math.perm(20, 5))
print(math.lcm(*range(1, 2000)) % 1000000007, math.gcd(2**200 * 3, 6, 2**100), math.gcd(10**40, 10**30 + 5), math.lcm(2**70, 2**65 * 3))
print(math.comb(300, 150) == math.comb(300, 150), math.comb(10**30, 3), math.comb(2**64 + 5, 2))
