import asyncio

async def noop():
    return None

async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        ("sleep('1')", lambda: asyncio.sleep("1")),
        ("wait_for(noop(), 'x')", lambda: asyncio.wait_for(noop(), "x")),
        ("timeout('x')", lambda: asyncio.timeout("x")),
        ("Semaphore('x')", lambda: asyncio.Semaphore("x")),
        ("create_task()", lambda: asyncio.create_task()),
        ("create_task(noop)", lambda: asyncio.create_task(noop)),
        ("Event(1)", lambda: asyncio.Event(1)),
        ("Lock(loop=loop)", lambda: asyncio.Lock(loop=loop)),
        ("Queue(loop=loop)", lambda: asyncio.Queue(loop=loop)),
        ("wait([])", lambda: asyncio.wait([])),
        ("wait({noop()})", lambda: asyncio.wait({c})),
        ("shield(5)", lambda: asyncio.shield(5)),
        ("run_until_complete(noop())", lambda: loop.run_until_complete(c)),
        ("call_soon()", lambda: loop.call_soon()),
        ("Future().result()", lambda: loop.create_future().result()),
        ("Barrier(-1)", lambda: asyncio.Barrier(-1)),
        ("StreamReader(limit=-5)", lambda: asyncio.StreamReader(limit=-5)),
    ]
    for label, make in attempts:
        try:
            result = make()
            if asyncio.iscoroutine(result):
                await result
            print(label, "-> ok")
        except Exception as e:
            print(label, "->", type(e).__name__ + ":", e)
    c.close()

c = noop()
asyncio.run(main())
