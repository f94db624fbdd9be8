def f(source):
    return [x async for x in source]
