import asyncio

async def waiter(name, event):
    print(name, "waiting", asyncio.get_running_loop().time())
    await event.wait()
    print(name, "released", asyncio.get_running_loop().time())

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in "abc"]
    await asyncio.sleep(2)
    print("setting", event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())

asyncio.run(main())
