# Method loads repeated at one site while classes and instances change under them: an
# instance attribute shadows the method, the class (or a base) replaces or deletes it, a
# property or a non-function takes its place, and __class__ moves the instance.


class Base:
    def greet(self):
        return "Base.greet"


class Child(Base):
    def hello(self):
        return "Child.hello"


def call_greet(o):
    return o.greet()


def call_hello(o):
    return o.hello()


c = Child()
for _ in range(3):
    print(call_greet(c), call_hello(c))

# an instance attribute of the same name wins over the method
c.greet = lambda: "instance greet"
print(call_greet(c))
del c.greet
print(call_greet(c))

# the base replaces the method; the subclass sees it
Base.greet = lambda self: "new Base.greet"
print(call_greet(c))

# the subclass overrides, then deletes its override
Child.greet = lambda self: "Child.greet"
print(call_greet(c))
del Child.greet
print(call_greet(c))

# a property takes the method's place
Child.hello = property(lambda self: lambda: "hello via property")
print(call_hello(c))

# a staticmethod and a plain value
Child.hello = staticmethod(lambda: "static hello")
print(call_hello(c))
Child.hello = "not callable"
try:
    call_hello(c)
except TypeError as e:
    print("TypeError:", e)
del Child.hello
try:
    call_hello(c)
except AttributeError as e:
    print("AttributeError:", e)


# __class__ moves the instance to a class whose method differs
class Other:
    def greet(self):
        return "Other.greet"


o = Child()
print(call_greet(o))
o.__class__ = Other
print(call_greet(o))
o.__class__ = Child
print(call_greet(o))

# bound methods keep their receiver
m = c.greet
print(m(), m.__self__ is c, m.__func__ is Base.__dict__["greet"])
