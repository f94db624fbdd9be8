import asyncio, time, sys

async def worker(name, delay):
    print(f"{name} start at {time.perf_counter():.1f}")
    time.sleep(delay)          # blocks the whole loop
    print(f"{name} done at {time.perf_counter():.1f}")

async def good(name, delay):
    print(f"{name} start at {asyncio.get_running_loop().time():.1f}")
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(worker("a", 1), worker("b", 2), good("c", 0.5))
    print(f"took {time.perf_counter() - start:.2f}s")

asyncio.run(main())
print(time.time())
time.sleep(0)
for bad in ["x", -1, float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
print("hi", file=sys.stderr)
print("to out", file=sys.stdout, end="!\n", flush=True)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W()
print("a", 1, None, sep="-", file=w)
print(w.parts)
print(sys.stdout.write("xyz\n"))
print(sys.getrecursionlimit(), sys.maxsize, sys.version_info >= (3, 10), repr(sys.stdout))
try:
    print(1, file=3)
except AttributeError as e:
    print(e)
sys.exit("bye")
