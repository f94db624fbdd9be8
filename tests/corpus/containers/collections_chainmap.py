# collections.ChainMap: lookup order, writes to the first mapping, new_child/parents, its KeyError wordings, | and copy.
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc
base = {'x': 1, 'y': 2}
over = {'y': 20, 'z': 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), cm['y'], cm['x'], cm.get('q', 'none'), 'z' in cm)
print(list(cm.keys()), list(cm.items()), list(cm.values()))
cm['x'] = 100
print(over, base)
child = cm.new_child()
child['w'] = 5
print(child, child.parents, child.maps[0])
print(cm.new_child(k=1))
try:
    del cm['q']
except KeyError as e:
    print(repr(e))
try:
    cm['missing']
except KeyError as e:
    print(repr(e))
print(cm.pop('x'), cm)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print(repr(e))
print(ChainMap(), bool(ChainMap()), bool(cm), ChainMap.fromkeys('ab', 0))
print(cm | {'n': 1}, {'n': 1} | cm, cm == {'y': 20, 'z': 30, 'x': 1})
cm2 = cm.copy(); cm2['new'] = 1
print(cm2, cm)
print(isinstance(cm, cabc.MutableMapping), cm.keys())
