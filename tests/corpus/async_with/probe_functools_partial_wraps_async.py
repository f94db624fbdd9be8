import asyncio
import functools

def logged(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = await func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@logged
async def fetch(url, delay=0.5):
    """Fetch a url."""
    await asyncio.sleep(delay)
    return f"<{url}>"

async def main():
    print(fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)
    slow = functools.partial(fetch, delay=2)
    results = await asyncio.gather(fetch("a"), slow("b"), functools.partial(fetch, "c")())
    print(results, asyncio.get_running_loop().time())
    print(functools.reduce(lambda a, b: a + b, [1, 2, 3], 10))
    p = functools.partial(max, 3)
    print(p(1, 7), p.args, p.keywords)

asyncio.run(main())
