words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), min(words), max(words))
print("a" < "b", "Z" < "a", "abc" < "abcd", "" < "a")
