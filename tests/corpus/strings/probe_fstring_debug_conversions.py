x = 10
name = "Ada"
items = [1, "two"]
print(f"{x=}", f"{x = }", f"{x*2=}", f"{name=!s}", f"{name=}", f"{items=}")
print(f"{x=:>5}", f"{3.14159=:.2f}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{'nested {braces}'}", f"{{x}}", f"{x:{'0'}{5}}", f"{x!r:^6}|")
print(f"""{
    x + 1
}""", f"{'a' 'b'}", f"{x:#06x}", f"{-x:05d}", f"{x:,}")
obj = object.__new__(type("P", (), {"__repr__": lambda s: "P()", "__str__": lambda s: "p-str"}))
print(f"{obj}", f"{obj!r}", f"{obj=}")
print(f"{3 if x > 5 else 4}", f"{(lambda: 7)()}", f"{ {'a': 1}['a'] }")
