class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"))
print(Plain())
