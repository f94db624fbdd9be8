for i in range(10):
    if i % 2 == 0:
        continue
    if i > 6:
        print("break at", i)
        break
    print(i)
else:
    print("no break")
for i in []:
    print("never")
else:
    print("empty loop else")
