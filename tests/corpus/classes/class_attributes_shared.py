class Registry:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
r1, r2 = Registry(), Registry()
r1.add(1); r2.add(2)
print(Registry.items, r1.count, r2.count, Registry.count)
