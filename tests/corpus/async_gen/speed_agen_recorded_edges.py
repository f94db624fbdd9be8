# `async for` over async generators in the steps the recorded hot loop takes (the
# `__anext__()` awaitable's first send announcing the call, the generator's frame entered
# and left at each resume and yield, the value delivered): generators driving generators,
# parameters and locals bound at the first entry, containers yielded and then changed,
# awaitables made on one line and awaited on another, athrow between values, break, and
# generators that await between their yields.
import asyncio


async def numbers(n, start=0):
    for i in range(start, start + n):
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def batches(source, size):
    batch = []
    async for x in source:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def resilient():
    n = 0
    while n < 4:
        try:
            yield n
        except KeyError as e:
            print("resilient caught", repr(e))
            yield "recovered"
        n += 1


async def slow(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([x async for x in squares(numbers(4, start=2))])
    async for b in batches(squares(numbers(7)), 3):
        b.append("seen")
        print(b)

    ag = numbers(3, start=10)
    first = ag.__anext__()
    second = anext(ag)
    print(await first, await second, await ag.asend(None))

    r = resilient()
    print(await anext(r))
    print(await r.athrow(KeyError("k")))
    async for x in r:
        print("after athrow", x)

    nested = []
    async for a in numbers(3):
        async for b in numbers(a):
            nested.append((a, b))
    print(nested)

    async for x in slow(3):
        print("slow", x)
        if x == 1:
            break

    total = 0
    async for x in numbers(50):
        total += x
    print(total)


asyncio.run(main())
