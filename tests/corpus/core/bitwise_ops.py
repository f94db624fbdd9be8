a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 1)
print(-8 >> 1, -1 & 0xFF, 1 << 40)
print(bin(10), oct(8), hex(255))
