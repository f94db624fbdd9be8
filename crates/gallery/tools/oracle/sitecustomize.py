"""Start-up hook for the gallery's oracle runs (`regen.py` puts this directory on PYTHONPATH).

CPython imports it before the example runs. It installs the corpus oracle's hook
(`tools/oracle/vclock/sitecustomize.py`: asyncio on a virtual clock, `time.time()`/`monotonic()`/
`perf_counter()` reading it, the cyclic GC off), then adds what only the gallery needs:

* `asyncio.to_thread` replaced by the deterministic model of docs/simulated-io.md: the
  function runs at once, in the awaiting task, and its outcome reaches the awaiting task
  through one `call_soon` hop, so the task resumes two loop iterations later at the same
  virtual time (a real worker thread would make that timing depend on the OS scheduler);
* the simulated `aiohttp` and `aiofiles` modules next to this file importable.
"""

import asyncio
import asyncio.threads
import importlib.util
import pathlib

_SHARED = pathlib.Path(__file__).resolve().parents[4] / "tools" / "oracle" / "vclock" / "sitecustomize.py"
_spec = importlib.util.spec_from_file_location("_aiterscope_vclock", _SHARED)
_spec.loader.exec_module(importlib.util.module_from_spec(_spec))


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
