def worker():
    try:
        print("start")
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
g = worker()
print(next(g))
g.close()
g.close()
print(list(g))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
def unstarted():
    try:
        yield 1
    finally:
        print("never printed")
u = unstarted()
u.close()
print("closed unstarted")
def catcher():
    while True:
        try:
            v = yield
            print("value", v)
        except ValueError as e:
            print("caught", e)
            yield "after-throw"
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
print(c.throw(ValueError("boom2")) if False else "skip")
def genexit_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = genexit_return()
next(r)
r.close()
print("closed r")
t = worker()
next(t)
t.throw(KeyError("thrown"))
