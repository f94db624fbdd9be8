class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__, sorted(vars(p)))
p.__dict__["c"] = 3
print(p.c)
