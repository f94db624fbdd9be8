# collections.UserDict (with __missing__, |, copy of a subclass) and UserList (slices keep the class, arithmetic, errors).
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc
class D(UserDict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d['b'] = 2
print(d, d['zz'], len(d), list(d), d.get('a'), d.get('q'), 'a' in d, d.keys(), d.items(), d.values())
print(type(d.copy()).__name__, d.copy(), d | {'c': 3}, {'c': 3} | d, type(d | {}).__name__)
del d['a']
print(d, d.data, isinstance(d, cabc.MutableMapping), isinstance(d, dict))
try:
    UserDict()['nope']
except KeyError as e:
    print(repr(e))
print(UserDict.fromkeys('xy', 1), d.pop('b'), d.setdefault('s', 9), d)
d.update([('u', 1)], v=2)
print(d)

ul = UserList([3, 1, 2])
ul.append(5); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul[0], len(ul), 2 in ul)
print(ul + [9], [9] + ul, ul * 2, 2 * ul, ul == [1, 2, 3, 5], ul < [2], ul.index(3), ul.count(1))
ul += (7,); print(ul); ul *= 2; print(ul)
ul.reverse(); ul.extend(UserList([0])); print(ul, ul.pop(), ul.pop(0), ul)
del ul[0]; ul[0] = 'x'; ul.insert(1, 'y'); ul.remove('y'); print(ul, ul.copy(), type(ul.copy()).__name__)
print(list(reversed(ul)), isinstance(ul, cabc.MutableSequence), ul.data)
try:
    ul.index(99)
except ValueError as e:
    print(e)
