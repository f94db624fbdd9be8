# The Python half of aiterscope's asyncio core (run in the `asyncio` module's namespace
# after the native part): the coroutines CPython itself writes in Python.

async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _sleep0()
        return result
    future, handle = _sleep_timer(delay, result)
    try:
        return await future
    finally:
        handle.cancel()


async def _wrap_awaitable(awaitable):
    return await awaitable


async def _shutdown_asyncgens():
    agens = _take_asyncgens()
    if not agens:
        return
    results = await _gather_all([ag.aclose() for ag in agens])
    for result, agen in zip(results, agens):
        if isinstance(result, Exception):
            _log_error(
                f"an error occurred during closing of asynchronous generator {agen!r}",
                result,
            )


async def _shutdown_default_executor():
    pass


async def _anext_default(iterator, default):
    # `anext(iterator)` rather than `iterator.__anext__()`: the same call, but announced to
    # the recorder (so a Future returned by `__anext__` has its value recorded too).
    try:
        return await anext(iterator)
    except StopAsyncIteration:
        return default
