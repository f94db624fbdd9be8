import asyncio

async def event_listener(queue):
    while True:
        event = await queue.get()
        if event is None:
            break
        yield event

async def producer(queue):
    for event in ["click", "keypress", "scroll"]:
        await asyncio.sleep(0.5)
        await queue.put(event)
    await queue.put(None)  # tells the listener to stop

async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    task = asyncio.create_task(producer(queue))
    async for event in event_listener(queue):
        print(f"t={loop.time()}: got {event}")
    await task
    print("listener finished")

asyncio.run(main())
