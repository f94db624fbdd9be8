import asyncio

async def check(i):
    await asyncio.sleep(i / 10)
    if i % 2:
        raise ValueError(i)
    return i

async def main():
    results = await asyncio.gather(*(check(i) for i in range(4)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    try:
        raise ExceptionGroup("validation", errors)
    except* ValueError as eg:
        print("odd values rejected:", [e.args[0] for e in eg.exceptions])

asyncio.run(main())
