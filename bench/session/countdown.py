# The time-travel benchmark's program, read by `aiterscope bench-session`
# (crates/cli/src/bench_session.rs) and by tools/bench/travel.mjs in the browser: `async for`
# over a class-based iterator driven by hand, with a call per value. ROUNDS sets its length
# (the native benchmark replaces this line's value; 10,000,000 outlasts any event budget).
ROUNDS = 10_000_000

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1

def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

def f(a):
    b = a * 2
    return b + 1

async def consume(n):
    total = 0
    async for x in Countdown(n):
        total += f(x)
    return total

grand = 0
for i in range(ROUNDS):
    grand += drive(consume(10))
print(grand)
