try:
    print("working")
    raise LookupError("lost")
finally:
    print("finally still runs")
