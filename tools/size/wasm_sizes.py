#!/usr/bin/env python3
"""Where the bytes of a wasm module go: sections, code bytes per crate, and the largest functions.

Function names come from the `name` section, so point it at the module cargo links, before
wasm-bindgen and wasm-opt strip the names (trunk's release build leaves it at
target/wasm32-unknown-unknown/wasm-release/aiterscope_web.wasm):

    python3 tools/size/wasm_sizes.py target/wasm32-unknown-unknown/wasm-release/aiterscope_web.wasm [TOP]

On the shipped module (dist/aiterscope-web_bg.wasm) it still prints the section sizes.
Crate attribution is by the first path segment of the mangled name, so generic code lands in the
crate that defines it (e.g. `alloc`, `hashbrown`), not in the crate that instantiated it.
"""
import collections
import re
import sys


def read_leb(data, pos):
    """Decodes an unsigned LEB128 at `pos`; returns (value, next position)."""
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def skip_limits(data, pos):
    """Skips a limits record (flags, min, optional max)."""
    flags = data[pos]
    _, pos = read_leb(data, pos + 1)
    if flags & 1:
        _, pos = read_leb(data, pos)
    return pos


def count_imported_functions(data, pos):
    """Counts function imports: they take the first function indices."""
    count, pos = read_leb(data, pos)
    functions = 0
    for _ in range(count):
        for _ in range(2):  # module name, field name
            length, pos = read_leb(data, pos)
            pos += length
        kind = data[pos]
        pos += 1
        if kind == 0:
            functions += 1
            _, pos = read_leb(data, pos)
        elif kind == 1:
            pos = skip_limits(data, pos + 1)
        elif kind == 2:
            pos = skip_limits(data, pos)
        elif kind == 3:
            pos += 2
        elif kind == 4:
            _, pos = read_leb(data, pos + 1)
        else:
            raise ValueError(f"unknown import kind {kind}")
    return functions


def function_names(data, pos, end):
    """Reads the function-name subsection of a `name` section."""
    names = {}
    while pos < end:
        subsection = data[pos]
        size, pos = read_leb(data, pos + 1)
        if subsection == 1:
            count, cursor = read_leb(data, pos)
            for _ in range(count):
                index, cursor = read_leb(data, cursor)
                length, cursor = read_leb(data, cursor)
                names[index] = data[cursor:cursor + length].decode("utf8", "replace")
                cursor += length
        pos += size
    return names


def crate_of(symbol):
    """The crate a (legacy or v0) mangled Rust symbol belongs to."""
    legacy = re.match(r"_ZN(\d+)", symbol)
    if legacy:
        start = legacy.end()
        first = symbol[start:start + int(legacy.group(1))].replace("_$LT$", "").replace("$LT$", "")
        first = re.split(r"\.\.|\$", first)[0]
        return "<impl>" if first.startswith("impl") else first
    v0 = re.match(r"_RN.*?Cs[0-9A-Za-z]+_(\d+)", symbol)
    if v0:
        return symbol[v0.end():v0.end() + int(v0.group(1))]
    return symbol[:30]


def main():
    data = open(sys.argv[1], "rb").read()
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    pos, imported, bodies, names, sections = 8, 0, [], {}, []
    while pos < len(data):
        section_id = data[pos]
        size, pos = read_leb(data, pos + 1)
        end = pos + size
        label = str(section_id)
        if section_id == 2:
            imported = count_imported_functions(data, pos)
        elif section_id == 10:
            count, cursor = read_leb(data, pos)
            for _ in range(count):
                length, cursor = read_leb(data, cursor)
                bodies.append(length)
                cursor += length
        elif section_id == 0:
            length, cursor = read_leb(data, pos)
            label = "custom:" + data[cursor:cursor + length].decode("utf8", "replace")
            if label == "custom:name":
                names = function_names(data, cursor + length, end)
        sections.append((label, size))
        pos = end
    print("sections (id 10 = code, 11 = data):")
    for label, size in sections:
        print(f"  {label:<32} {size:>10,}")
    total = sum(bodies) or 1
    print(f"code: {total:,} bytes in {len(bodies):,} functions")
    if not names:
        print("no name section: per-crate figures need the module cargo links (see the docstring)")
        return
    functions = [(size, names.get(i + imported, f"#{i}")) for i, size in enumerate(bodies)]
    per_crate = collections.Counter()
    for size, name in functions:
        per_crate[crate_of(name)] += size
    print("code per crate:")
    for crate, size in per_crate.most_common(top):
        print(f"  {size:>9,} {100 * size / total:5.1f}%  {crate}")
    print("largest functions:")
    for size, name in sorted(functions, reverse=True)[:top]:
        print(f"  {size:>9,}  {name[:140]}")


if __name__ == "__main__":
    main()
