"""Start-up hook for the gallery's oracle runs (`regen.py` puts this directory on PYTHONPATH).

CPython imports it before the example runs, so the example runs unchanged but with:

* asyncio on a virtual clock: every loop made through the policy (so a plain
  `asyncio.run(main())`) starts at 0.0 and, when nothing is ready, jumps exactly to the
  earliest timer instead of sleeping; `time.time()`/`monotonic()`/`perf_counter()` read it;
* the cyclic garbage collector disabled (finalization by reference counting only);
* `asyncio.to_thread` replaced by the deterministic model of docs/simulated-io.md: the
  function runs at once, in the awaiting task, and its outcome reaches the awaiting task
  through one `call_soon` hop, so the task resumes two loop iterations later at the same
  virtual time (a real worker thread would make that timing depend on the OS scheduler);
* the simulated `aiohttp` and `aiofiles` modules next to this file importable.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.threads
import gc
import selectors
import time

gc.disable()


class _JumpSelector(selectors.BaseSelector):
    """A selector without I/O: `select` moves the virtual clock to the next timer."""

    def __init__(self, loop):
        self._loop = loop
        self._map = {}

    def register(self, fileobj, events, data=None):
        raise NotImplementedError("the virtual-clock loop has no I/O")

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError("virtual loop deadlock: nothing ready and no timer")
        if timeout > 0:
            self._loop._vtime = self._loop._scheduled[0]._when
        return []

    def close(self):
        pass

    def get_map(self):
        return self._map


class VirtualClockLoop(asyncio.base_events.BaseEventLoop):
    """BaseEventLoop whose clock is a float moved only by the selector's jumps."""

    def __init__(self):
        super().__init__()
        self._vtime = 0.0
        self._clock_resolution = 1e-9
        self._selector = _JumpSelector(self)

    def time(self):
        return self._vtime

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    """Hands out virtual-clock loops."""

    def new_event_loop(self):
        return VirtualClockLoop()


asyncio.set_event_loop_policy(VirtualClockPolicy())


def _virtual_now():
    loop = asyncio.events._get_running_loop()
    return loop._vtime if isinstance(loop, VirtualClockLoop) else 0.0


time.time = time.monotonic = time.perf_counter = _virtual_now
time.time_ns = time.monotonic_ns = time.perf_counter_ns = lambda: int(_virtual_now() * 1e9)


def _deliver(future, outcome, failed):
    """The worker thread's hand-back: runs one loop iteration after the call."""
    if future.cancelled():
        return
    if failed:
        future.set_exception(outcome)
    else:
        future.set_result(outcome)


async def to_thread(func, /, *args, **kwargs):
    """Deterministic model of `asyncio.to_thread` (see docs/simulated-io.md)."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    try:
        outcome, failed = func(*args, **kwargs), False
    except BaseException as exc:  # noqa: BLE001 - delivered to the awaiting task, as CPython does
        outcome, failed = exc, True
    loop.call_soon(_deliver, future, outcome, failed)
    return await future


asyncio.to_thread = asyncio.threads.to_thread = to_thread
