# A method call whose arguments suspend (yield / await) or raise between the method load and
# the call; methods loaded from modules, classes and super().
import asyncio
import math


def gen():
    items = []
    while len(items) < 3:
        items.append((yield len(items)))
    return items


g = gen()
next(g)
g.send("a")
g.send("b")
try:
    g.send("c")
except StopIteration as e:
    print("gen result", e.value)


async def value(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    out = []
    for i in range(3):
        out.append(await value(i))
    d = {}
    d.setdefault("k", []).append(await value(10))
    print(out, d, "-".join([str(await value(j)) for j in range(2)]))


asyncio.run(main())

d = {}
try:
    d.get(1 / 0)
except ZeroDivisionError as e:
    print("arg raised:", e, d)
print(math.sqrt(16), math.floor(2.5))


class Base:
    def greet(self, who):
        return "base " + who

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def twice(x):
        return x * 2


class Child(Base):
    def greet(self, who):
        return "child " + super().greet(who)


c = Child()
print(c.greet("x"), Child.make(), c.make(), c.twice(4), Base.greet(c, "y"))
c.greet = lambda who: "instance " + who
print(c.greet("z"))
words = "b a c".split()
words.sort(key=str.upper, reverse=True)
print(words, "x".center(5, "*"), "{}-{}".format(1, 2), "%s" % "p")
