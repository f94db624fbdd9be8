# AttributeError's name/obj and NameError's name read None when nothing set them (an error
# raised by hand, or a subclass), and carry the name and object when the lookup failed.
class MyAttributeError(AttributeError):
    pass


for e in [AttributeError("x"), MyAttributeError("y"), AttributeError()]:
    print(type(e).__name__, e.name, e.obj)
print(NameError("z").name)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e.name)
try:
    (1).missing
except AttributeError as e:
    print(e.name, e.obj)
try:
    raise MyAttributeError("by hand")
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj)
