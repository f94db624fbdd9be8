class Obj:
    pass
o = Obj()
setattr(o, "color", "red")
print(getattr(o, "color"), getattr(o, "size", "n/a"), hasattr(o, "color"), hasattr(o, "size"))
delattr(o, "color")
print(hasattr(o, "color"))
getattr(o, "color")
