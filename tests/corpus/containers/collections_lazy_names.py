# collections' ChainMap/UserDict/UserList/UserString are found by from-import and attribute access (defined on first use), and a missing name still raises.
import collections
from collections import ChainMap
print(ChainMap, collections.UserDict, collections.UserList.__module__, collections.UserString.__qualname__)
try:
    from collections import Nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    collections.Nope
except AttributeError as e:
    print(e)
print(hasattr(collections, 'UserList'), hasattr(collections, 'Bogus'))
