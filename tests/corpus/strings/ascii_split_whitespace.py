# str.split() without arguments on ASCII texts (split on bytes) and on texts with other
# characters (split on characters): every ASCII whitespace character, runs, ends, empties.
texts = ["", " ", "a", " a ", "a b", "  a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj  ",
         "row 1:     1 x", "a\x00b\x7fc", "\x85a\xa0b\u2028c", "caf\u00e9 au lait", "\t\n"]
for t in texts:
    print(repr(t), t.split(), t.split(None), t.split(maxsplit=1), t.rsplit())
words = " ".join(f"row {i}: {i * i % 9973:>5} " + "x" * (i % 5) for i in range(6)).split()
print(len(words), words)
