"""Start-up hook for the aiterscope oracle (imported by CPython before the program runs).

`tools/oracle/oracle.py` puts this directory on PYTHONPATH, so `python3.12 FILE` runs FILE
unchanged, as `__main__` with its real file name, but with:

* asyncio on a virtual clock: every event loop created through the policy (so a plain
  `asyncio.run(main())`) starts at 0.0 and, when it has nothing ready, jumps exactly to the
  earliest timer instead of sleeping;
* `time.time()`, `time.monotonic()` and `time.perf_counter()` reading that clock (0.0 when no
  virtual loop is running);
* `time.sleep(secs)` blocking on that clock: inside a running virtual loop it moves the clock on
  by `secs` at once (nothing else runs meanwhile, as with a real blocking sleep); bad
  arguments raise CPython's own errors;
* the cyclic garbage collector disabled, so finalization happens only by reference counting.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import gc
import selectors
import time

gc.disable()


class VirtualLoopDeadlock(RuntimeError):
    """Raised when the virtual loop would wait forever (nothing ready, no timer)."""


class _JumpSelector(selectors.BaseSelector):
    """A selector without I/O: `select` moves the virtual clock to the next timer."""

    def __init__(self, loop):
        self._loop = loop
        self._map = {}

    def register(self, fileobj, events, data=None):
        raise NotImplementedError("the virtual-clock oracle loop has no I/O")

    def unregister(self, fileobj):
        raise KeyError(fileobj)

    def select(self, timeout=None):
        if timeout is None:
            raise VirtualLoopDeadlock("virtual loop deadlock: nothing ready and no timer")
        if timeout > 0:
            self._loop._vtime = self._loop._scheduled[0]._when
        return []

    def close(self):
        pass

    def get_map(self):
        return self._map


class VirtualClockLoop(asyncio.base_events.BaseEventLoop):
    """BaseEventLoop whose clock is a float advanced only by the selector's jumps."""

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


# Programs see the class CPython 3.12 runs on Linux (its repr and type name), not this one.
VirtualClockLoop.__name__ = VirtualClockLoop.__qualname__ = "_UnixSelectorEventLoop"
VirtualClockLoop.__module__ = "asyncio.unix_events"


class VirtualClockPolicy(asyncio.DefaultEventLoopPolicy):
    """Event-loop policy handing out virtual-clock loops."""

    def new_event_loop(self):
        return VirtualClockLoop()


asyncio.set_event_loop_policy(VirtualClockPolicy())


def _virtual_now():
    loop = asyncio.events._get_running_loop()
    if isinstance(loop, VirtualClockLoop):
        return loop._vtime
    return 0.0


def _virtual_now_ns():
    return int(_virtual_now() * 1_000_000_000)


time.time = _virtual_now
time.monotonic = _virtual_now
time.perf_counter = _virtual_now
time.time_ns = _virtual_now_ns
time.monotonic_ns = _virtual_now_ns
time.perf_counter_ns = _virtual_now_ns


_real_sleep = time.sleep
# The largest sleep CPython's clock type accepts; beyond it `time.sleep` raises OverflowError.
_MAX_SLEEP = 9223372036


def _virtual_sleep(secs):
    valid = isinstance(secs, (int, float)) and 0 <= secs <= _MAX_SLEEP
    if not valid:
        _real_sleep(secs)  # raises CPython's own TypeError/ValueError/OverflowError
        return
    loop = asyncio.events._get_running_loop()
    if isinstance(loop, VirtualClockLoop) and secs > 0:
        loop._vtime += secs


time.sleep = _virtual_sleep
