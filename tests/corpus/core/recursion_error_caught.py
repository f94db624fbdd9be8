def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < 1000)
def forever():
    forever()
try:
    forever()
except RecursionError as e:
    print("caught:", e)
