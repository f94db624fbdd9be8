print(int("42"), int(" -7 "), int("0b101", 0), int("z", 36), int(3.99), int(-3.99), int(True), int("+5"))
print(bin(10), oct(8), hex(255), hex(-255), bin(-5), oct(0), format(10, "b"), int(bin(10), 2), int("0o17", 8), int("0X1F", 16))
print(abs(-5), abs(-2.5), abs(True), abs(False), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 100) % 1000)
print(chr(97), ord("a"), chr(0x263A), float(3), float("-0"), str(12), str(-0.0), bool(0.0), bool("0"), bool([]), bool(None))
for bad, call in [("int('x')", lambda: int('x')), ("int('')", lambda: int('')), ("int('1.5')", lambda: int('1.5')), ("int('12', 1)", lambda: int('12', 1)), ('int(None)', lambda: int(None)), ('int([1])', lambda: int([1])), ("int('0x10')", lambda: int('0x10')), ("float('1,5')", lambda: float('1,5')), ("int(float('inf'))", lambda: int(float('inf'))), ("int(float('nan'))", lambda: int(float('nan'))), ('chr(0x110000)', lambda: chr(0x110000)), ("int('9' * 5000)", lambda: int('9' * 5000))]:
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
print(int("  1_000_000  "), round(123.456, -1), round(-0.5), round(0.5 + 1), 7 // 2, -7 // 2, int(-0.5))
int("forty-two")
