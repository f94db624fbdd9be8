a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None == False, 0 == False, 1 == True, "1" == 1)
