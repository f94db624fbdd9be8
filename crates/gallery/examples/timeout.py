import asyncio

async def slow_source():
    for delay in [0.2, 0.4, 1.5, 0.2]:
        await asyncio.sleep(delay)
        yield delay

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1.0):  # a deadline for the whole loop
            async for value in slow_source():
                print(f"t={round(loop.time(), 2)}: got {value}")
    except TimeoutError:
        print(f"t={round(loop.time(), 2)}: timeout() expired during the loop")

    it = aiter(slow_source())
    while True:
        try:  # a deadline for each item
            value = await asyncio.wait_for(anext(it), timeout=1.0)
        except TimeoutError:
            print(f"t={round(loop.time(), 2)}: wait_for() gave up on one anext()")
            break
        print(f"t={round(loop.time(), 2)}: got {value}")
    print("after the timeout the generator is finished:", await anext(it, "nothing left"))

asyncio.run(main())
