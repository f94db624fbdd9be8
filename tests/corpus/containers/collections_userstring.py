# collections.UserString: str methods return the subclass; iterating gives UserStrings, so str.join refuses them.
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc
us = UserString('Hello World')
print(us, repr(us), us.upper(), type(us.upper()).__name__, us.lower().split(), us[0], us[1:4], len(us))
print(us + '!', '>' + us, us * 2, 'World' in us, us.find('o'), us.rfind('o'), us.count('l'), us.replace('l', 'L', 1))
print(us.startswith('He'), us.endswith('x'), us.strip('Hd'), us.center(15, '*'), us.zfill(13), us.title(), us.swapcase())
print(us == 'Hello World', us < 'Z', hash(us) == hash('Hello World'), int(UserString('42')) + 1, us.partition(' '), us.join('ab'))
print(UserString(5), UserString('%s!') % 'hi', us.isalpha(), us.encode(), sorted(UserString('cab')))
'-'.join(UserString('ab'))
