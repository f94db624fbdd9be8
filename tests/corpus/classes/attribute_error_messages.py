class Foo:
    def method(self):
        return 1
for action in [lambda: Foo().missing, lambda: Foo.missing, lambda: (5).real_thing, lambda: "s".nope, lambda: None.x, lambda: [].push]:
    try:
        action()
    except AttributeError as e:
        print(e)
