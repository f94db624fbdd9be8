depth = 0
def plain(n):
    global depth
    depth = n
    plain(n + 1)
try:
    plain(1)
except RecursionError as e:
    print("plain", depth, e)
class Walker:
    def go(self, n):
        global depth
        depth = n
        return self.go(n + 1)
try:
    Walker().go(1)
except RecursionError as e:
    print("method", depth)
def ping(n):
    global depth
    depth = n
    pong(n + 1)
def pong(n):
    global depth
    depth = n
    ping(n + 1)
try:
    ping(1)
except RecursionError as e:
    print("mutual", depth)
def gen_rec(n):
    global depth
    depth = n
    yield from gen_rec(n + 1)
try:
    list(gen_rec(1))
except RecursionError as e:
    print("generator", depth)
class Prop:
    @property
    def value(self):
        global depth
        depth += 1
        return self.value
depth = 0
try:
    Prop().value
except RecursionError as e:
    print("property", depth)
lam = lambda n: lam(n + 1)
try:
    lam(0)
except RecursionError as e:
    print("lambda", type(e).__name__)
def again(n):
    global depth
    depth = n
    again(n + 1)
try:
    again(1)
except RecursionError:
    print("again", depth)
