def read(lines):
    for line in lines:
        yield line
def strip(src):
    for line in src:
        yield line.strip()
def nonempty(src):
    for line in src:
        if line:
            yield line
print(list(nonempty(strip(read(["  a ", "", " b", "   "])))))
