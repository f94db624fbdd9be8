import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("  numbers(): finally runs (connection closed)")

async def main():
    async for n in numbers():
        print("got", n)
        if n == 1:
            break
    print("after break: the generator is suspended at `yield 1`, not closed yet")
    await asyncio.sleep(0)
    print("after the first sleep(0): the loop has created an aclose() task, not run it")
    await asyncio.sleep(0)
    print("after the second sleep(0): the finally above has run")

    print("explicit cleanup instead: close the generator yourself")
    gen = numbers()
    async for n in gen:
        if n == 1:
            break
    await gen.aclose()
    print("after await gen.aclose()")

asyncio.run(main())
