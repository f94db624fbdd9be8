s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:-1], s[10:], s[1:100:3])
print(len(s), s * 2, "ab" + "cd", "x" * 0, "x" * -2)
s[20]
