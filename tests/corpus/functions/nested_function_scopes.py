x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def shadow():
        x = "local"
        return x
    return inner(), shadow(), x
print(outer(), x)
