# 10,000 tasks ping-ponging through asyncio.Queue: each task gets a token and passes it on.
import asyncio

N = 10_000


async def player(inbox, outbox):
    token = await inbox.get()
    await outbox.put(token + 1)


async def main():
    queues = [asyncio.Queue() for _ in range(N + 1)]
    tasks = [asyncio.create_task(player(queues[i], queues[i + 1])) for i in range(N)]
    await queues[0].put(0)
    result = await queues[N].get()
    await asyncio.gather(*tasks)
    print(result)


asyncio.run(main())
