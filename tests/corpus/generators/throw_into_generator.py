def worker():
    try:
        yield "ready"
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    yield "done"
w = worker()
print(next(w))
print(w.throw(ValueError("bad input")))
print(next(w))
w2 = worker()
next(w2)
w2.throw(KeyError("unhandled"))
