# Helpers shared by aiterscope's asyncio library layer (run first, in the asyncio namespace).


def _qualname(func):
    try:
        return func.__qualname__
    except AttributeError:
        return type(func).__name__
