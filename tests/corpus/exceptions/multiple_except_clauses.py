def kind(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except Exception as e:
        return "other " + type(e).__name__
    return "none"
print(kind(lambda: {}["x"]), kind(lambda: [][1]), kind(lambda: int("x")), kind(lambda: 1 / 0), kind(lambda: 1))
