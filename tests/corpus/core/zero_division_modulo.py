try:
    5 % 0
except ZeroDivisionError as e:
    print("mod:", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("floordiv:", e)
try:
    5.0 / 0
except ZeroDivisionError as e:
    print("float div:", e)
divmod(1, 0)
