# CPython's enum namespace (_EnumDict, from EnumType.__prepare__) refuses a member name given
# twice. Known gap: aiterscope's class namespaces are plain dicts, so the second value wins.
from enum import Enum

try:
    class Twice(Enum):
        A = 1
        A = 2
    print(list(Twice))
except TypeError as e:
    print("TypeError", e)
