import asyncio

async def slow(delays):
    for d in delays:
        await asyncio.sleep(d)
        yield d

async def main():
    it = slow([0.5, 1.0, 3.0, 0.5])
    while True:
        try:
            v = await asyncio.wait_for(anext(it), timeout=2)
        except StopAsyncIteration:
            print("done")
            break
        except TimeoutError:
            print("timed out at", asyncio.get_running_loop().time())
            break
        print("got", v, asyncio.get_running_loop().time())
    try:
        print(await anext(it))
    except StopAsyncIteration:
        print("generator finished after the timeout")

asyncio.run(main())
