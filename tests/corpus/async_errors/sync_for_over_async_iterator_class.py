import asyncio

class OnlyAsync:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

for x in OnlyAsync():
    pass
