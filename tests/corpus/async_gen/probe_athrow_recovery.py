import asyncio

async def resilient():
    n = 0
    while n < 5:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("recovered from", e)
            n += 10
        except KeyError:
            print("giving up")
            return

async def main():
    g = resilient()
    print(await anext(g))
    print(await g.athrow(ValueError("bad value")))
    try:
        await g.athrow(KeyError("k"))
    except StopAsyncIteration:
        print("athrow ended it")
    try:
        await g.athrow(ValueError("late"))
    except ValueError as e:
        print("after end:", e)
    print(await anext(g, "exhausted"))

asyncio.run(main())
