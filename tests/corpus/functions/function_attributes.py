def documented(a, b=1):
    """Doc string here."""
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__)
