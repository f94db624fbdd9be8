import asyncio

print(asyncio.TimeoutError is TimeoutError, issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.QueueEmpty.__name__, asyncio.QueueFull.__name__, issubclass(asyncio.InvalidStateError, Exception))
