class Config:
    base = 10
    doubled = base * 2
    names = [n for n in ("a", "b")]
    def get(self):
        return self.doubled
print(Config.base, Config.doubled, Config.names, Config().get())
