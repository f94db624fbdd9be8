# math's argument counts, keyword refusals and unsupported types, as CPython words them.
import math


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("sqrt none", lambda: math.sqrt())
t("sqrt two", lambda: math.sqrt(1, 2))
t("sqrt str", lambda: math.sqrt("x"))
t("sqrt None", lambda: math.sqrt(None))
t("sqrt kw", lambda: math.sqrt(x=4))
t("floor two", lambda: math.floor(1, 2))
t("degrees two", lambda: math.degrees(1, 2))
t("pow one", lambda: math.pow(1))
t("pow kw", lambda: math.pow(x=1, y=2))
t("copysign one", lambda: math.copysign(1))
t("atan2 kw", lambda: math.atan2(1, x=2))
t("log none", lambda: math.log())
t("log three", lambda: math.log(1, 2, 3))
t("gcd kw", lambda: math.gcd(1, x=2))
t("hypot kw", lambda: math.hypot(x=1))
t("comb one", lambda: math.comb(5))
t("comb kw", lambda: math.comb(n=5, k=2))
t("perm none", lambda: math.perm())
t("perm three", lambda: math.perm(5, 2, 1))
t("factorial none", lambda: math.factorial())
t("factorial kw", lambda: math.factorial(n=5))
t("isclose", lambda: [math.isclose(1, 1.0000000001), math.isclose(1, 1.05, rel_tol=1),
                      math.isclose(1, 1.05, abs_tol=0.1), math.isclose(float("nan"), float("nan")),
                      math.isclose(float("inf"), float("inf")), math.isclose(a=1, b=1),
                      math.isclose(1, b=2), math.isclose(0, 1e-10, abs_tol=1e-9)])
t("isclose none", lambda: math.isclose())
t("isclose one", lambda: math.isclose(1))
t("isclose three", lambda: math.isclose(1, 2, 3))
t("isclose negative", lambda: math.isclose(1, 2, rel_tol=-1))
t("isclose str tol", lambda: math.isclose(1, 2, rel_tol="x"))
t("isclose dup", lambda: math.isclose(1, 2, a=1))
t("isclose missing b", lambda: math.isclose(1, a=1))
t("isclose too many", lambda: math.isclose(1, 2, rel_tol=1, abs_tol=1, x=1))
t("nextafter one", lambda: math.nextafter(1))
t("nextafter three", lambda: math.nextafter(1, 2, 3))
t("nextafter by name", lambda: math.nextafter(1, x=2))
t("prod too many", lambda: math.prod([1], start=2, x=1))
t("prod keywords only", lambda: math.prod(a=1, b=2, c=3))
t("isinf str", lambda: math.isinf("x"))
t("isnan big", lambda: math.isnan(10**400))
t("fsum none", lambda: math.fsum())
t("frexp str", lambda: math.frexp("x"))
t("ldexp one", lambda: math.ldexp(1.0))
t("modf two", lambda: math.modf(1, 2))
t("ulp str", lambda: math.ulp("x"))
t("dist one", lambda: math.dist((1,)))
