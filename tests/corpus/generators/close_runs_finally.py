def resource():
    try:
        print("open")
        yield 1
        yield 2
    finally:
        print("closed")
r = resource()
print(next(r))
r.close()
print("after close")
r.close()
print(next(r, "exhausted after close"))
