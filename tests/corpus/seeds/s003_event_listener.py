# Seed 003, event_listener(queue), with a producer and a consumer added.
import asyncio

async def event_listener(queue):
    while True:
        event = await queue.get()
        if event is None:
            break
        yield event

async def producer(queue):
    for name in ["click", "scroll", "keypress"]:
        await asyncio.sleep(0.5)
        await queue.put(name)
    await queue.put(None)

async def main():
    queue = asyncio.Queue()
    asyncio.create_task(producer(queue))
    async for event in event_listener(queue):
        print("event", event, asyncio.get_running_loop().time())
    print("listener finished")

asyncio.run(main())
