import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"{url} ({delay}s)"

async def main():
    urls = {"a.com": 0.3, "b.com": 0.1, "c.com": 0.2}
    for fut in asyncio.as_completed([fetch(u, d) for u, d in urls.items()]):
        print(await fut, asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(
        [asyncio.create_task(fetch(u, d)) for u, d in urls.items()],
        return_when=asyncio.FIRST_COMPLETED,
    )
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in pending])

asyncio.run(main())
