import asyncio

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def in_callback():
        seen.append(("callback", asyncio.current_task(), loop.time()))
        t = loop.create_task(child())
        seen.append(("created", t.get_name()))
    async def child():
        seen.append(("child runs in", asyncio.current_task().get_name()))
        return "child"
    loop.call_soon(in_callback)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(seen)
    print(asyncio.get_event_loop() is loop, asyncio.get_running_loop() is loop)
    # a task that awaits itself
    async def selfish():
        await asyncio.current_task()
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" coro=")[0])
    # a coroutine that yields a bare value
    class Bad:
        def __await__(self):
            yield "not a future"
    async def uses_bad():
        await Bad()
    t2 = asyncio.create_task(uses_bad())
    try:
        await t2
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
