# Counter.fromkeys refusal, most_common(n <= 0), OrderedDict | dict.
from collections import *
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: Counter.fromkeys('ab'))
t(lambda: Counter('aab').most_common(-1))
t(lambda: Counter('aab').most_common(0))
t(lambda: Counter('aabc').most_common(9))
t(lambda: OrderedDict(a=1) | {'b': 2})
t(lambda: {'b': 2} | OrderedDict(a=1))
o = OrderedDict(a=1); o |= {'c': 3}; t(lambda: o)
