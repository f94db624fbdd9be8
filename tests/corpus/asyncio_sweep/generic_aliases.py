import asyncio
from typing import AsyncIterator

async def producer(q: asyncio.Queue[int], n: int) -> None:
    for i in range(n):
        await q.put(i)
    await q.put(-1)

async def consumer(q: asyncio.Queue[int]) -> list[int]:
    out = []
    while (item := await q.get()) != -1:
        out.append(item)
    return out

async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

def annotated(f: asyncio.Future[str], t: asyncio.Task[None], lq: asyncio.LifoQueue[str], pq: asyncio.PriorityQueue[tuple[int, str]]) -> None:
    pass

async def main():
    q: asyncio.Queue[int] = asyncio.Queue()
    results = await asyncio.gather(producer(q, 3), consumer(q))
    print(results)
    print(asyncio.Queue[int], asyncio.Future[str], asyncio.Task[int])
    print([x async for x in numbers(3)])
    print(annotated.__annotations__["pq"])

asyncio.run(main())
