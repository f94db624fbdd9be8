import asyncio
from typing import AsyncIterator, AsyncGenerator, AsyncIterable, Optional

class Pager:
    def __init__(self, pages: int) -> None:
        self.pages: int = pages
        self.current: int = 0

    def __aiter__(self) -> "Pager":
        return self

    async def __anext__(self) -> list[int]:
        if self.current >= self.pages:
            raise StopAsyncIteration
        self.current += 1
        await asyncio.sleep(0.1)
        return [self.current] * 2

async def numbers(limit: int) -> AsyncIterator[int]:
    for i in range(limit):
        yield i

async def squares(src: AsyncIterable[int]) -> AsyncGenerator[int, None]:
    async for x in src:
        yield x * x

async def first(src: AsyncIterator[int]) -> Optional[int]:
    async for x in src:
        return x
    return None

async def main() -> None:
    async for page in Pager(2):
        print(page)
    print([s async for s in squares(numbers(4))])
    print(await first(numbers(0)), await first(numbers(3)))

asyncio.run(main())
