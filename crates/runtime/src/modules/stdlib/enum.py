"""aiterscope's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member and
nonmember, written to CPython 3.12's behaviour (reprs, strs, lookups, iteration, aliases,
errors) on the runtime's metaclasses. Not provided (refused by name when imported): `verify`
and its checks, `global_enum` and friends, pickling helpers; nor the check for a name defined
twice in one enum body (the class namespace is a plain dict).
"""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "ReprEnum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "auto", "unique", "property",
    "member", "nonmember",
]

# CPython's enum names this module does not provide.
_NOT_PROVIDED = (
    "verify", "EnumCheck", "UNIQUE", "CONTINUOUS", "NAMED_FLAGS", "global_enum",
    "global_enum_repr", "global_flag_repr", "global_str", "show_flag_values",
    "pickle_by_enum_name", "pickle_by_global_name",
)


def __getattr__(name):
    if name in _NOT_PROVIDED:
        raise NotImplementedError("enum.%s is not supported in the playground" % name)
    raise AttributeError("module 'enum' has no attribute %r" % name)

_builtin_property = property
_builtin_bin = bin
_function_type = type(lambda: None)

# Defined below; EnumType checks for them while the module's own classes are being built.
Enum = Flag = EJECT = KEEP = STRICT = CONFORM = None


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not (name.endswith("__") and len(name) > len(prefix) + 1))


def _is_descriptor(obj):
    """Methods, properties and other descriptors in an enum body are not members."""
    if isinstance(obj, (_function_type, _builtin_property, classmethod, staticmethod)):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def bin(num, max_bits=None):
    """Like the built-in bin() but with a sign bit: bin(8) is '0b0 1000'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace("1", "0", 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()
_not_given = _AutoNull()


class auto:
    """Stands for the next value: _generate_next_value_ fills it in when the enum is made."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces a value to be a member (a function, for instance)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value out of the members (a plain class attribute)."""

    def __init__(self, value):
        self.value = value


class property:
    """`name` and `value` of members: read through the member, refusing assignment."""

    def __init__(self, fget=None):
        self.fget = fget
        self.name = fget.__name__ if fget is not None else None
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            member = ownerclass._member_map_.get(self.name)
            if member is not None:
                return member
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


class _MembersProxy:
    """The read-only view `Enum.__members__` returns (CPython's mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")


_MembersProxy.__name__ = _MembersProxy.__qualname__ = "mappingproxy"


class EnumType(type):
    """The metaclass of enums: turns the class body's plain values into members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.pop("_ignore_", ())
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for name in ignore:
            classdict.pop(name, None)
        classdict.pop("_order_", None)
        member_names = []
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
            elif isinstance(value, member):
                classdict[key] = value.value
                member_names.append(key)
            elif not (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                      or _is_descriptor(value)):
                member_names.append(key)
        if "mro" in member_names:
            raise ValueError("invalid enum member name: 'mro'")
        members = [(name, classdict.pop(name)) for name in member_names]
        if first_enum is not None:
            # Members are made by the body's (or a base's) __new__; calling the class looks
            # members up (Enum.__new__), whatever the mixed-in type's __new__ would do.
            if "__new__" in classdict:
                classdict["_new_member_"] = classdict.pop("__new__")
            classdict["__new__"] = Enum.__dict__["__new__"]
        if member_type is not object and "__hash__" not in classdict:
            classdict["__hash__"] = _mixin_hash
        classdict["_member_names_"] = []
        classdict["_member_map_"] = {}
        classdict["_value2member_map_"] = {}
        classdict["_unhashable_values_"] = []
        classdict["_member_type_"] = member_type
        if boundary is None and first_enum is not None:
            boundary = getattr(first_enum, "_boundary_", None)
        classdict["_boundary_"] = boundary
        classdict["_flag_mask_"] = 0
        classdict["_singles_mask_"] = 0
        classdict["_all_bits_"] = 0
        classdict["_inverted_"] = None
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        last_values = []
        for count, (name, value) in enumerate(members):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, count, last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, member_type)
        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = singles = 0
            for each in enum_class._member_map_.values():
                flag_mask |= each._value_
                if _is_single_bit(each._value_):
                    singles |= each._value_
            type.__setattr__(enum_class, "_flag_mask_", flag_mask)
            type.__setattr__(enum_class, "_singles_mask_", singles)
            type.__setattr__(enum_class, "_all_bits_", 2 ** flag_mask.bit_length() - 1)
        return enum_class

    @staticmethod
    def _add_member_(enum_class, name, value, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = getattr(enum_class, "_new_member_", None)
        if new_member is not None:
            member = new_member(enum_class, *args)
        elif member_type is object:
            member = object.__new__(enum_class)
        else:
            member = member_type.__new__(enum_class, *args)
        if not hasattr(member, "_value_"):
            member._value_ = value if member_type is object else member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = enum_class
        init = _user_init(enum_class)
        if init is not None:
            init(member, *args)
        member._sort_order_ = len(enum_class._member_names_)
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
        if canonical is not None:
            member = canonical
        elif Flag is None or not issubclass(enum_class, Flag) or _is_single_bit(value):
            enum_class._member_names_.append(name)
        type.__setattr__(enum_class, name, member)
        enum_class._member_map_[name] = member
        try:
            enum_class._value2member_map_.setdefault(value, member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return metacls._find_data_type_(bases), first_enum

    @staticmethod
    def _find_data_type_(bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        return base._member_type_
                    continue
                if base.__module__ == "builtins" or "__new__" in base.__dict__:
                    return base
        return object

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is _not_given:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        if names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        classdict["__module__"] = "__main__" if module is None else module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__",
                 "__iter__", "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if "_new_member_" in cls.__dict__:
            names.add("__new__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MembersProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _user_init(enum_class):
    """The `__init__` members get their value's parts with (None for object's)."""
    for base in enum_class.__mro__:
        if base is object or base.__module__ == "builtins":
            continue
        init = base.__dict__.get("__init__")
        if init is not None:
            return init
    return None


def _mixin_hash(self):
    return hash(self._value_)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            failure = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and failure is None:
            raise not_valid
        if failure is None:
            failure = TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member"
                % (cls.__name__, result))
        if not isinstance(failure, ValueError):
            failure.__context__ = not_valid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__.__dict__.get("_value_repr_") or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        else:
            names = set(dir(self._member_type_))
            for cls in self.__class__.mro():
                names.update(cls.__dict__)
            names.update(self.__dict__)
        for name in getattr(self, "__dict__", ()):
            if name[0] != "_" and name not in self._member_map_:
                names.add(name)
        for cls in self.__class__.mro():
            for name in cls.__dict__:
                if name[0] != "_" and name not in self._member_map_:
                    names.add(name)
        names.update(("__class__", "__doc__", "__eq__", "__hash__", "__module__"))
        return sorted(names)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr: str() and format() are the mixed-in type's."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members: raise, drop, return, keep."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical members whose bits are in `value`, in definition order."""
        found = [
            cls._value2member_map_[1 << bit]
            for bit in range(value.bit_length())
            if value & (1 << bit) and (1 << bit) in cls._value2member_map_
        ]
        return iter(sorted(found, key=lambda m: m._sort_order_))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, max_bits), bin(flag_mask, max_bits)))
            if cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError("%r unknown flag boundary %r" % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]" % (
                cls.__name__, value, unknown, _builtin_bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, "_value_"):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for pm in cls._member_map_.values():
                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:
                        members.append(pm)
                        combined |= pm._value_
            unknown = value ^ combined
            pseudo_member._name_ = "|".join([m._name_ for m in members])
            if not combined:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator refusing aliases (members sharing a value)."""
    duplicates = [
        (name, member.name)
        for name, member in enumeration.__members__.items()
        if name != member.name
    ]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
