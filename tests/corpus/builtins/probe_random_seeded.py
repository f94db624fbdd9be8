import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.sample(range(1000), 30))
print(random.uniform(1, 3), random.randrange(10), random.randrange(0, 100, 5), random.randrange(10, 0, -3))
print(random.getrandbits(8), random.getrandbits(70), random.getrandbits(0))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.choices("xy", cum_weights=[1, 5], k=4))
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12), round(random.expovariate(2), 12))
print(round(random.normalvariate(), 12), round(random.triangular(0, 10, 3), 12))
print(random.sample(["red", "blue"], counts=[3, 2], k=4))

rng = random.Random(2024)
other = random.Random(2024)
print([rng.randint(0, 9) for _ in range(8)] == [other.randint(0, 9) for _ in range(8)])
rng.seed(7)
print(rng.random(), random.Random(7).random())
random.seed(-7)
a = random.random()
random.seed(7)
print(a == random.random())
random.seed(3.5)
print(random.random())
random.seed(2**100 + 12345)
print(random.random(), random.randint(10**20, 10**21))

for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0),
            lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3),
            lambda: random.randrange(2.5), lambda: random.sample({1, 2}, 1),
            lambda: random.choices([1, 2], weights=[1], k=1), lambda: random.getrandbits(-1),
            lambda: random.choices("ab", weights=[0, 0])]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
