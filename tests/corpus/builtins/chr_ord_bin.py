print(chr(65), ord("z"), [chr(c) for c in range(97, 100)], bin(5), hex(-255), oct(64))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 3))
