text = """Python is great. Python is readable!
Async code, in Python, is fun?"""
words = [w.strip(".,!?").lower() for w in text.split()]
print(words)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(len(text), len(text.splitlines()), text.count("Python"), text.upper()[:6])
sentence = "  Hello,   World  "
print(repr(sentence.strip()), sentence.split(), "-".join(sentence.split()))
print("hello world".capitalize(), "Hello".swapcase(), "abc".isalpha(), "123".isdigit(), "a1".isalnum())
s = "racecar"
print(s == s[::-1], s[1:4], s[-1], s.index("e"), s.rfind("r"), s.partition("ce"))
csv_line = "name,age,city"
header = csv_line.split(",")
rows = ["ann,31,Oslo", "bob,25,Rome"]
records = [dict(zip(header, r.split(","))) for r in rows]
print(records, [r["name"].title() for r in records])
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "%05.1f" % 3.14159, "%x" % 255)
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print(vowels, set("hello") & set("world"), sorted(set("mississippi")))
print("a-b-c".split("-", 1), "a b  c".split(" "), "line1\nline2\r\n".splitlines(), "x".join("abc"))
print("tab\tsep".expandtabs(4), "é".encode("utf-8"), b"abc".decode(), ord("€"), "ß".upper())
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print(caesar, "hello".replace("l", "L"), "Hello World".startswith("Hell"), "file.txt".endswith((".py", ".txt")))
print(f"{'x' * 3}{'-' * 2}", "abc" * 2, "b" in "abc", "ABC".lower().islower(), str(12).zfill(4))
