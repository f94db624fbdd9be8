b = "héllo".encode()
print(b, len(b), b.decode(), b[0], list(b"ab"))
