# Seed 001's typing tip: consume(it: AsyncIterator[T]) with a TypeVar.
import asyncio
from typing import AsyncIterator, TypeVar

T = TypeVar("T")


async def consume(it: AsyncIterator[T]) -> None:
    async for item in it:
        print(item)


async def numbers():
    for i in range(3):
        yield i


asyncio.run(consume(numbers()))
print(T, AsyncIterator[T])
