print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline"), repr("back\\slash"))
print(str(1.0), str([1, "a"]), repr(["a", 'b']), str(None), str(True))
print(len("\u00e9"), "\u00e9", repr("\x00"), ord("A"), chr(97), ord("\u00e9"))
