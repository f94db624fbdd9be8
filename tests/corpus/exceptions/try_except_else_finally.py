def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("  divided by zero")
        return "error"
    else:
        print("  ok", r)
        return "fine"
    finally:
        print("  finally for", x)
print(attempt(2))
print(attempt(0))
