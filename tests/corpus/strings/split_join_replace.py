print("a,b,,c".split(","), "  a  b c ".split(), "a b c".split(" ", 1), "a-b-c".rsplit("-", 1))
print("line1\nline2\r\nline3".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), "aaa".replace("a", "b", 2))
