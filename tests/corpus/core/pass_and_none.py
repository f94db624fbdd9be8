def nothing():
    pass
print(nothing(), type(None).__name__)
class Empty:
    pass
print(type(Empty()).__name__)
