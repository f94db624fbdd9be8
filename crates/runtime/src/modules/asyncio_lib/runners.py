# asyncio.Runner, after CPython 3.12's Lib/asyncio/runners.py (without signal handling and
# contextvars): a context manager owning a new event loop; `run()` runs one coroutine in a task
# on it, `close()` cancels what is left, closes async generators and the loop.


class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        if debug:
            raise NotImplementedError(
                "asyncio.Runner(debug=True) is not supported in the playground: asyncio's "
                "debug mode is not implemented")
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != "initialized":
            return
        try:
            loop = self._loop
            _runner_cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running_loop_or_none() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        self._state = "initialized"


def _running_loop_or_none():
    try:
        return get_running_loop()
    except RuntimeError:
        return None


def _runner_cancel_all_tasks(loop):
    to_cancel = loop._pending_tasks()
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            _log_error(
                f"unhandled exception during asyncio.run() shutdown\ntask: {task!r}",
                task.exception(),
            )
