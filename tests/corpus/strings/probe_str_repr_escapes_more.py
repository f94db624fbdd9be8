print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\r\x00\x7f"), repr("é\u200b"), repr("\\"))
print(ascii("é😀"), repr("😀"), len("\u00e9"), r"raw\n" + "x")
print("""multi
line""", 'a' 'b' "c", "x" * 3, 3 * "ab", "" * 5, "ab" * -1 == "")
print("ab" in "cabd", "" in "", "z" not in "abc", "abc"[-1], "abc"[5:], "abc"[::-2])
print(chr(65), ord("€"), chr(0x1F600), hex(ord("\n")), ord("a") - ord("A"))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
s = "abc"
s[0] = "x"
