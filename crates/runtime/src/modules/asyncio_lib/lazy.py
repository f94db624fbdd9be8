# Parts of asyncio compiled on first use, through the module's __getattr__ (PEP 562): Barrier,
# StreamReader and asyncio's own exceptions (exceptions.py, barrier.py, streams.py), the names
# the playground refuses (unsupported.py) and the submodules (submodules.py). Most programs use
# none of them, and compiling them is most of what importing them would cost.


def __getattr__(name):
    return _load_lazy(name)
