x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
