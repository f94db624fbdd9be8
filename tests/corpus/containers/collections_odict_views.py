# OrderedDict's keys/values/items views: odict_* reprs, reversed(), set operations, ABC registration.
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc
o = OrderedDict(a=1, b=2, c=3)
print(o.keys(), o.values(), o.items())
print(list(reversed(o)), list(reversed(o.keys())), list(reversed(o.values())), list(reversed(o.items())))
print(type(o.keys()).__name__, type(o.values()).__name__, type(o.items()).__name__)
print(o.keys() & {'a', 'z'}, sorted(o.keys() | {'z'}), sorted(o.keys() - {'a'}), sorted(o.keys() ^ {'a', 'q'}), sorted({'q'} ^ o.keys()), sorted({'a', 'q'} - o.keys()))
print(o.keys() == {'a', 'b', 'c'}, o.keys() == OrderedDict(c=0, b=0, a=0).keys(), o.keys() < {'a', 'b', 'c', 'd'})
print(('a', 1) in o.items(), 'b' in o.keys(), 2 in o.values(), len(o.keys()))
print(o.keys().isdisjoint(['x']))
o.move_to_end('a')
print(o.keys(), list(o.items()))
print(isinstance(o.keys(), cabc.KeysView), isinstance(o.values(), cabc.ValuesView), isinstance(o.items(), cabc.ItemsView))
try:
    hash(o.keys())
except TypeError as e:
    print(e)

print(sorted(o.items() & {('b', 2)}), o.items() == {('a', 1), ('b', 2), ('c', 3)}, o.values() == o.values())
