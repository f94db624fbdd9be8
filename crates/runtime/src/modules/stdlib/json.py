"""aiterscope's json: dumps/loads (and dump/load on file objects) with CPython's output,
options and error messages (JSONDecodeError with its line and column)."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError"]

_INF = float("inf")


class JSONDecodeError(ValueError):
    """A JSON document that cannot be parsed: msg, doc, pos, lineno and colno."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ----- encoding -----

_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
                  "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        short = _SHORT_ESCAPES.get(ch)
        if short is not None:
            out.append(short)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        elif ensure_ascii and ch > "~":
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append("\\u%04x" % n)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _encode_float(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == _INF:
        text = "Infinity"
    elif o == -_INF:
        text = "-Infinity"
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators,
                 default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.markers = {} if check_circular else None
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        self.default = default
        self.sort_keys = sort_keys

    def _default(self, o):
        if self.default is None:
            raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")
        return self.default(o)

    def _enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_encode_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level, out)
        elif isinstance(o, dict):
            self._encode_dict(o, level, out)
        else:
            self._enter(o)
            self.encode(self._default(o), level, out)
            self._leave(o)

    def _newline(self, level):
        return "\n" + self.indent * level

    def _encode_items(self, o, level, out, brackets, items, write_item):
        """`o`'s items between `brackets`, separated and indented as configured."""
        if not o:
            out.append(brackets)
            return
        self._enter(o)
        out.append(brackets[0])
        if self.indent is not None:
            level += 1
            separator = self.item_separator + self._newline(level)
            out.append(self._newline(level))
        else:
            separator = self.item_separator
        first = True
        for item in items:
            if not write_item(item, level, out, separator if not first else ""):
                continue
            first = False
        if self.indent is not None:
            level -= 1
            out.append(self._newline(level))
        out.append(brackets[1])
        self._leave(o)

    def _encode_list(self, o, level, out):
        def write_value(value, level, out, separator):
            out.append(separator)
            self.encode(value, level, out)
            return True
        self._encode_items(o, level, out, "[]", o, write_value)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _encode_float(key, self.allow_nan)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def _encode_dict(self, o, level, out):
        def write_entry(entry, level, out, separator):
            key = self._key(entry[0])
            if key is None:
                return False
            out.append(separator)
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self.encode(entry[1], level, out)
            return True
        items = sorted(o.items()) if self.sort_keys and o else o.items()
        self._encode_items(o, level, out, "{}", items, write_entry)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """`obj` as a JSON document."""
    if kw:
        raise TypeError("JSONEncoder.__init__() got an unexpected keyword argument "
                        f"'{next(iter(kw))}'")
    if cls is not None:
        raise NotImplementedError("json.dumps(cls=...) is not supported in the playground")
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default,
             sort_keys).encode(obj, 0, out)
    return "".join(out)


def dump(obj, fp, **kw):
    """Writes `obj` as a JSON document to the file object `fp`."""
    fp.write(dumps(obj, **kw))


# ----- decoding -----

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_UNESCAPE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
             "t": "\t"}
_CONSTANTS = {"-Infinity": -_INF, "Infinity": _INF, "NaN": float("nan")}


class _Decoder:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int,
                 parse_constant):
        self.s = s
        self.n = len(s)
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__

    def error(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def ws(self, i):
        s, n = self.s, self.n
        while i < n and s[i] in _WHITESPACE:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= self.n:
            self.error("Expecting value", i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self.number(i)

    def digits(self, j):
        s, n = self.s, self.n
        while j < n and s[j] in _DIGITS:
            j += 1
        return j

    def number(self, i):
        s, n = self.s, self.n
        j = i
        if j < n and s[j] == "-":
            j += 1
        if j < n and s[j] == "0":
            j += 1
        elif j < n and s[j] in _DIGITS:
            j = self.digits(j + 1)
        else:
            self.error("Expecting value", i)
        is_float = False
        if j + 1 < n and s[j] == "." and s[j + 1] in _DIGITS:
            j = self.digits(j + 2)
            is_float = True
        if j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k] in _DIGITS:
                j = self.digits(k + 1)
                is_float = True
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def hex4(self, i):
        text = self.s[i:i + 4]
        if len(text) != 4 or any(c not in _HEX for c in text):
            self.error("Invalid \\uXXXX escape", i - 1)
        return int(text, 16)

    def string(self, i):
        s, n = self.s, self.n
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != "\\" and s[j] >= " ":
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                self.error("Unterminated string starting at", begin)
            c = s[j]
            if c == '"':
                return "".join(chunks), j + 1
            if c != "\\":
                self.error("Invalid control character at", j)
            if j + 1 >= n:
                self.error("Unterminated string starting at", begin)
            esc = s[j + 1]
            if esc != "u":
                if esc not in _UNESCAPE:
                    self.error("Invalid \\escape", j)
                chunks.append(_UNESCAPE[esc])
                i = j + 2
                continue
            code = self.hex4(j + 2)
            i = j + 6
            if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\u":
                low = self.hex4(i + 2)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    i += 6
            # A lone surrogate: the playground's strs cannot hold one (nor can its literals).
            chunks.append(chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd")

    def object(self, i):
        s = self.s
        pairs = []
        i = self.ws(i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == "}":
                return self.finish_object(pairs), i + 1
            self.error("Expecting property name enclosed in double quotes", i)
        i += 1
        while True:
            key, i = self.string(i)
            if s[i:i + 1] != ":":
                i = self.ws(i)
                if s[i:i + 1] != ":":
                    self.error("Expecting ':' delimiter", i)
            i = self.ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.ws(i)
            c = s[i:i + 1]
            i += 1
            if c == "}":
                break
            if c != ",":
                self.error("Expecting ',' delimiter", i - 1)
            i = self.ws(i)
            c = s[i:i + 1]
            i += 1
            if c != '"':
                self.error("Expecting property name enclosed in double quotes", i - 1)
        return self.finish_object(pairs), i

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        values = []
        i = self.ws(i)
        if s[i:i + 1] == "]":
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.ws(i)
            c = s[i:i + 1]
            i += 1
            if c == "]":
                break
            if c != ",":
                self.error("Expecting ',' delimiter", i - 1)
            i = self.ws(i)
        return values, i


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document `s` (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError("the JSON object must be str, bytes or bytearray, "
                            f"not {s.__class__.__name__}")
        s = s.decode("utf-8")
    if kw:
        raise TypeError("JSONDecoder.__init__() got an unexpected keyword argument "
                        f"'{next(iter(kw))}'")
    if cls is not None:
        raise NotImplementedError("json.loads(cls=...) is not supported in the playground")
    decoder = _Decoder(s, object_hook, object_pairs_hook, parse_float, parse_int,
                       parse_constant)
    i = decoder.ws(0)
    value, end = decoder.value(i)
    end = decoder.ws(end)
    if end != len(s):
        decoder.error("Extra data", end)
    return value


def load(fp, **kw):
    """The Python value of the JSON document read from the file object `fp`."""
    return loads(fp.read(), **kw)
