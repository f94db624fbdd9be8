# math's float functions: values, special values, and CPython's domain/range errors.
import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


inf, nan = float("inf"), float("nan")
for name in ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin", "acos",
             "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "degrees",
             "radians"]:
    f = getattr(math, name)
    for x in [0.5, 2, -1, 0, 1000, -1000, inf, -inf, nan, True, 10**20]:
        t(f"{name}({x!r})", lambda: f(x))
t("sqrt -0.0", lambda: math.sqrt(-0.0))
t("sqrt big int", lambda: math.sqrt(10**400))
t("floor big", lambda: math.floor(1e20))
t("floor inf", lambda: math.floor(inf))
t("floor nan", lambda: math.floor(nan))
t("ceil -inf", lambda: math.ceil(-inf))
t("trunc 1e30", lambda: math.trunc(1e30))
t("trunc inf", lambda: math.trunc(inf))
t("floor -0.5", lambda: math.floor(-0.5))
t("ceil 2.5", lambda: math.ceil(2.5))
t("floor True", lambda: math.floor(True))
t("floor big int", lambda: math.floor(-10**30))
t("trunc True", lambda: math.trunc(True))
t("trunc str", lambda: math.trunc("x"))
t("floor str", lambda: math.floor("x"))
t("log 0", lambda: math.log(0))
t("log 1", lambda: math.log(1))
t("log True", lambda: math.log(True))
t("log big", lambda: math.log(10**400))
t("log -big", lambda: math.log(-10**400))
t("log base", lambda: math.log(8, 2))
t("log float base", lambda: math.log(100, 10.0))
t("log base big", lambda: math.log(10**400, 10**200))
t("log base 1", lambda: math.log(5, 1))
t("log base 0", lambda: math.log(5, 0))
t("log str", lambda: math.log("x"))
t("log2 big", lambda: math.log2(2**2000))
t("log2 odd big", lambda: math.log2(3**1000))
t("log10 big", lambda: math.log10(10**500))
t("log10 neg", lambda: math.log10(-1))
t("log10 0", lambda: math.log10(0))
t("log2 0", lambda: math.log2(0))
t("log inf", lambda: math.log(inf))
t("log nan", lambda: math.log(nan))
for x, y in [(2, 10), (10.0, 400), (0, -1), (-0.0, -1), (-8, 1 / 3), (-2, 0.5), (1, nan),
             (nan, 0), (-inf, 3), (-inf, 2), (-inf, -3), (inf, -2), (0, -inf), (0.5, inf),
             (2, -inf), (-1, inf), (inf, 0), (10**400, 2), (2, 0.5), (-2, 3)]:
    t(f"pow({x!r}, {y!r})", lambda: math.pow(x, y))
for x, y in [(7, 0), (inf, 2), (3, inf), (-7, 3), (7, -3), (7.5, 2), (nan, 1), (1, nan)]:
    t(f"fmod({x!r}, {y!r})", lambda: math.fmod(x, y))
for x in [5, -5, 4.5, -4.5, 6, 7, 1e308, 3.0, -0.0]:
    for y in [2, -2, 3, 1.5, 0.7]:
        t(f"remainder({x!r}, {y!r})", lambda: math.remainder(x, y))
t("remainder 0", lambda: math.remainder(1, 0))
t("remainder inf", lambda: math.remainder(inf, 3))
t("remainder by inf", lambda: math.remainder(3, inf))
t("remainder nan", lambda: math.remainder(nan, 3))
t("atan2", lambda: [math.atan2(y, x) for y in (1, -1, 0.0, -0.0) for x in (1, -1, 0.0, -0.0)])
t("copysign", lambda: [math.copysign(2, y) for y in (1, -1, 0.0, -0.0, nan, -inf)])
t("isnan", lambda: [math.isnan(x) for x in (1, nan, inf, True)])
t("isinf", lambda: [math.isinf(x) for x in (1, nan, -inf)])
t("isfinite", lambda: [math.isfinite(x) for x in (1, nan, -inf)])
t("isfinite big", lambda: math.isfinite(10**400))
t("frexp", lambda: [math.frexp(x) for x in (1.0, 0.1, -1e-310, 5e-324, 1e308, 3, 0.0, -0.0, inf)])
t("ldexp", lambda: [math.ldexp(x, e) for x, e in ((1.0, -1074), (1.0, -1075), (1.5, -1075),
                                                   (0.75, -1074), (3.0, -1076), (1.0, 1023),
                                                   (0.5, 1024), (1e-300, 1900), (1e300, -2000),
                                                   (-2.5, 3), (0.0, 5000), (inf, -5))])
t("ldexp ovf", lambda: math.ldexp(1.0, 2000))
t("ldexp ovf2", lambda: math.ldexp(0.5, 1025))
t("ldexp f", lambda: math.ldexp(1.0, 2.0))
t("ldexp big", lambda: math.ldexp(1.0, 10**30))
t("ldexp -big", lambda: math.ldexp(-1.0, -10**30))
t("modf", lambda: [math.modf(x) for x in (3.5, -2.5, 0.0, -0.0, inf, -inf, 7)])
t("ulp", lambda: [math.ulp(x) for x in (0.0, -1.0, 1e308, inf, 5e-324, 1.7976931348623157e308, 1)])
t("nextafter", lambda: [math.nextafter(x, y) for x, y in ((1.0, 2.0), (1.0, 0.0), (0.0, -0.0),
                                                         (0.0, 1.0), (-0.0, -1.0), (1.0, 1.0),
                                                         (inf, 0.0), (1.7976931348623157e308, inf))])
t("nextafter steps", lambda: [math.nextafter(x, y, steps=s) for x, y, s in (
    (1.0, 2.0, 3), (0.0, -0.0, 1), (-0.0, 1.0, 2), (1.0, 2.0, 10**30), (1.0, 1.0, 5),
    (-1e-323, 1e-323, 3), (-1e-323, 1e-323, 2), (1.0, 0.5, 0), (2.0, 1.0, 7))])
t("nextafter steps -", lambda: math.nextafter(1.0, 2.0, steps=-3))
t("nextafter steps f", lambda: math.nextafter(1.0, 2.0, steps=1.5))
t("nextafter steps None", lambda: math.nextafter(1.0, 2.0, steps=None))
t("constants", lambda: (math.pi, math.e, math.tau, math.inf, -math.inf, math.nan))


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class B:
    def __float__(self):
        return 1


class Rounds:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "trunced"


class Sub(float):
    pass


t("sqrt F", lambda: math.sqrt(F()))
t("sqrt I", lambda: math.sqrt(I()))
t("sqrt B", lambda: math.sqrt(B()))
t("floor F", lambda: math.floor(F()))
t("floor Rounds", lambda: math.floor(Rounds()))
t("ceil Rounds", lambda: math.ceil(Rounds()))
t("trunc Rounds", lambda: math.trunc(Rounds()))
t("trunc F", lambda: math.trunc(F()))
t("floor Sub", lambda: math.floor(Sub(2.5)))
t("sqrt Sub", lambda: math.sqrt(Sub(6.25)))
t("log F", lambda: math.log(F()))
