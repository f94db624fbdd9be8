# print() follows a replaced sys.stdout (assignment, contextlib.redirect_stdout nested and
# across tasks, redirect_stderr, any object with write()).
import io
import sys
from contextlib import redirect_stdout, redirect_stderr
import asyncio

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print("captured", 1)
sys.stdout.write("written\n")
sys.stdout = old
print(repr(buf.getvalue()))

out = io.StringIO()
with redirect_stdout(out) as target:
    print("inside", target is out)
    help_text = "x"
print(repr(out.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))


async def chatty(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    log = io.StringIO()
    with redirect_stdout(log):
        await asyncio.gather(chatty(2), chatty(1))
    print(log.getvalue().splitlines())


asyncio.run(main())


class Upper:
    def write(self, s):
        old.write(s.upper())


sys.stdout = Upper()
print("shout", "this")
sys.stdout = old
print("done")
