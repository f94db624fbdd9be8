# Module-level and `global` stores: rebinding in loops, deleting and re-creating names,
# names shadowing builtins, stores from functions.
total = 0
for i in range(5):
    total = total + i
    last = i
print(total, last)
del last
try:
    print(last)
except NameError as e:
    print("NameError", e)
last = "again"
print(last)
made = 1
made += 1
print(made, sorted(k for k in globals() if not k.startswith("__"))[:6])


def bump(n):
    global counter
    for _ in range(n):
        counter = counter + 1 if "counter" in globals() else 1
    return counter


print(bump(3), bump(2), counter)
len = lambda x: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
for name in ["a", "b", "a"]:
    if name == "a":
        a = name * 2
    else:
        b = name * 2
    x = globals()[name]
print(a, b, x)
del a
a = "new a"
for k in range(3):
    a = a + str(k)
print(a, list(globals()).index("a") > list(globals()).index("b"))
