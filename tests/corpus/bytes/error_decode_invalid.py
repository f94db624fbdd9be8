# an invalid UTF-8 start byte
raw = b"caf\xe9 au lait"
print(raw.decode("latin-1"))
print(raw.decode())
