import asyncio

async def echo():
    received = None
    try:
        while True:
            try:
                received = yield f"echo {received}"
            except ValueError as exc:
                received = f"handled {exc!r}"
    finally:
        print("  echo(): finally")

async def main():
    gen = echo()
    print(await gen.asend(None))       # start it: runs to the first yield
    print(await gen.asend("hello"))    # resumes with "hello"
    print(await gen.athrow(ValueError("bad")))  # raised at the yield, caught inside
    print(await anext(gen))            # anext() is asend(None)
    await gen.aclose()                 # GeneratorExit at the yield; finally runs
    print(await anext(gen, "closed: anext gives the default"))
    await gen.asend("too late")        # a closed generator only raises StopAsyncIteration

asyncio.run(main())
