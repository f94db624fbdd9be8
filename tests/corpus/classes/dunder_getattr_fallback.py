class Proxy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"<computed {name}>"
p = Proxy()
print(p.real, p.anything, getattr(p, "other"))
