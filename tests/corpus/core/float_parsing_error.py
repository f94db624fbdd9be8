print(float(" 2.5 "), float("1e3"), float("-inf"))
float("two")
