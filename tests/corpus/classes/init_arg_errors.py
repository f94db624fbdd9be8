class P:
    def __init__(self, x, y=0):
        self.x = x
for args in [(), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print(e)
try:
    P(1, z=2)
except TypeError as e:
    print(e)
class NoInit:
    pass
NoInit(1)
