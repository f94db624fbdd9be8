funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
adders = []
for n in range(3):
    def add(x):
        return x + n
    adders.append(add)
print([a(10) for a in adders])
gen = (i * mult for i in range(3))
mult = 10
print(list(gen))
def make():
    acts = []
    for k in "ab":
        acts.append(lambda: k)
    k = "z"
    return acts
print([f() for f in make()])
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
print(append_to.__defaults__)
f = lambda a, b=2, *c, d, e=5, **g: (a, b, c, d, e, g)
print(f(1, d=4), f(1, 2, 3, d=0, z=9))
