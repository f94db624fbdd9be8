import asyncio
from functools import partial

async def greet(greeting, name, *, punct="!"):
    await asyncio.sleep(0.1)
    return f"{greeting}, {name}{punct}"

async def main():
    hello = partial(greet, "Hello")
    print(await hello("Ann"))
    print(await hello("Bob", punct="?"))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, partial(fut.set_result, "from partial"))
    print(await fut, loop.time())
    print(asyncio.iscoroutinefunction(greet), asyncio.iscoroutine(hello("x")))

asyncio.run(main())
