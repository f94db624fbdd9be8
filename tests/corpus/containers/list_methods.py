lst = [3, 1, 2]
lst.append(5); lst.extend([9, 0]); lst.insert(1, 7)
print(lst, lst.pop(), lst.pop(0), lst)
lst.remove(7); lst.sort(); print(lst)
lst.sort(reverse=True); print(lst, lst.index(2), lst.count(2))
lst.reverse(); print(lst, lst.copy() == lst, lst.copy() is lst)
lst.clear(); print(lst, len(lst))
