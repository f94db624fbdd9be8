for n in range(-1, 3):
    print("neg" if n < 0 else "zero" if n == 0 else "one" if n == 1 else "many")
