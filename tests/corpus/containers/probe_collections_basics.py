from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q.popleft(), q.pop(), q)
q.rotate(1)
print(q, list(q), q[0], 2 in q)
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
print(recent, list(recent))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["a"], len(groups), "z" in groups)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("mississippi")
print(c)
print(c.most_common(2), c["s"], c["z"], c.total())
words = Counter(["a", "b", "a", "c", "a", "b"])
print(words.most_common(1), sorted(words.elements()))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), tuple(p))
x, y = p
print(x + y, p == Point(1, 2), p._asdict(), p._replace(x=10), Point._fields)
Card = namedtuple("Card", "rank suit")
cards = [Card("Q", "hearts"), Card("2", "spades")]
print(cards)
od = OrderedDict(a=1, b=2)
od["c"] = 3
od.move_to_end("a")
print(od, list(od))
