import asyncio
loop = asyncio.get_event_loop()
print(type(loop).__name__ != "", loop.is_running())
async def f():
    print("in f", asyncio.get_event_loop() is loop)
    return 3
print(loop.run_until_complete(f()))
