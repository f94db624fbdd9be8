async def outer(src):
    def inner():
        async for x in src:
            pass
    return inner
