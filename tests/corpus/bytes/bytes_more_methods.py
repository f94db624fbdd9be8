# bytes: searching with start/end (find/rfind/index/rindex/count), partition, rsplit,
# removeprefix/suffix, padding, ASCII case methods and tests, expandtabs, fromhex,
# maketrans/translate.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
d = b"Hello, World! hello"
t("find", lambda: [d.find(b"l"), d.find(b"l", 5), d.find(b"l", 5, 10), d.find(b"l", -3), d.find(b"", 30), d.find(b"", 19), d.find(108), d.find(b"z"), d.find(b"o", None, 5), d.find(b"o", 100)])
t("rfind", lambda: [d.rfind(b"l"), d.rfind(b"l", 0, 5), d.rfind(b""), d.rfind(b"", 5, 2)])
t("index", lambda: [d.index(b"W"), d.rindex(b"l"), d.rindex(b"H", 0, 1)])
t("index miss", lambda: d.index(b"z"))
t("rindex miss", lambda: d.rindex(b"z", 2))
t("count", lambda: [d.count(b"l"), d.count(b"l", 5), d.count(b"", 2, 5), d.count(b"l", 10, 2), d.count(ord("o"))])
t("find bad", lambda: d.find("l"))
t("find 256", lambda: d.find(256))
t("partition", lambda: [d.partition(b", "), d.partition(b"zz"), d.rpartition(b"l"), d.rpartition(b"zz")])
t("partition empty", lambda: d.partition(b""))
t("partition str", lambda: d.partition(","))
t("rsplit", lambda: [b"a,b,c,d".rsplit(b",", 2), b"  a b  c ".rsplit(), b" a b c".rsplit(None, 1), b"abc".rsplit(b"x"), b"a,,b".rsplit(b","), b"".rsplit(), b"a b".rsplit(maxsplit=0)])
t("affix", lambda: [d.removeprefix(b"Hello"), d.removesuffix(b"hello"), d.removeprefix(b"x"), d.removesuffix(b"")])
t("pad", lambda: [b"ab".center(7), b"ab".center(6, b"*"), b"abc".center(6), b"abc".center(2), b"ab".ljust(5, b"-"), b"ab".rjust(5), b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(3), b"".zfill(2), b"abc".zfill(1)])
t("pad bad", lambda: b"ab".center(5, b"**"))
t("pad str", lambda: b"ab".ljust(5, "*"))
t("case", lambda: [b"hello wORLD 3x".capitalize(), b"hello wORLD 3x-yz".title(), b"Hello World".swapcase(), b"they're bill's".title()])
t("is", lambda: [b"abc1".isalnum(), b"".isalnum(), b"ab c".isalnum(), b"\x80".isascii(), b"".isascii(), b"abc".islower(), b"aBc".islower(), b"123".islower(), b"ABC1".isupper(), b"Hello World".istitle(), b"Hello world".istitle(), b"".istitle(), b"A1 B2".istitle()])
t("expandtabs", lambda: [b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(4), b"ab\n\tc".expandtabs(2), b"\t".expandtabs(0)])
t("fromhex", lambda: [bytes.fromhex("deadbeef"), bytes.fromhex(" 01 02  ff "), bytes.fromhex("")])
t("fromhex bad", lambda: bytes.fromhex("0g"))
t("fromhex odd", lambda: bytes.fromhex("abc"))
t("fromhex sep", lambda: bytes.fromhex("a b"))
t("maketrans", lambda: b"hello".translate(bytes.maketrans(b"el", b"ip")))
t("translate delete", lambda: [b"hello".translate(None, b"l"), b"hello".translate(None, delete=b"ho")])
t("maketrans len", lambda: bytes.maketrans(b"ab", b"c"))
t("translate short", lambda: b"x".translate(b"abc"))
