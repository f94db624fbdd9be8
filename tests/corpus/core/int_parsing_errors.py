for text in ["12", " 7 ", "-3", "0x1f", "abc", "1.5", ""]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
print(int("0x1f", 16), int("777", 8), int("z", 36))
