print(isinstance(True, int), isinstance(1, bool), type(True) is bool, True == 1, 1 == 1.0 == True)
