a = [3, 1, 2]
a.insert(0, 9)
a.insert(100, 7)
a.insert(-1, 5)
print(a, a.index(1), a.count(2), a.index(2, 1, 5))
a.remove(9)
print(a, a.pop(), a.pop(0), a)
a.extend(range(3))
a.sort(key=lambda x: -x)
print(a)
a.sort(reverse=True)
print(a, a.reverse(), a, a.copy() == a)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words, sorted(words), sorted(words, key=len, reverse=True))
b = [1, 2, 3]
b += (4,)
b *= 2
print(b, b * 0, [0] * -1, b[::-1][:3])
for bad, call in [('a.remove(99)', lambda: a.remove(99)), ('a.index(99)', lambda: a.index(99)), ('[].pop()', lambda: [].pop()), ('a.pop(50)', lambda: a.pop(50)), ('a + (1,)', lambda: a + (1,)), ('a[1.5]', lambda: a[1.5]), ("[3, 'a'].sort()", lambda: [3, 'a'].sort())]:
    try:
        call()
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
