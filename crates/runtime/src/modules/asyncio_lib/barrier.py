# asyncio.Barrier, written for aiterscope after CPython 3.12's asyncio/locks.py: the same
# Condition-based state machine (filling, draining, resetting, broken), so tasks wake in the
# same loop iterations. CPython keeps the state in an enum; here it is the enum's value string
# (what the repr shows).

_BARRIER_FILLING = 'filling'
_BARRIER_DRAINING = 'draining'
_BARRIER_RESETTING = 'resetting'
_BARRIER_BROKEN = 'broken'


class Barrier:
    """Blocks `parties` tasks at `wait()` until all of them have arrived."""
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BARRIER_FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<asyncio.locks.Barrier object at {id(self):#x} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(
            lambda: self._state not in (_BARRIER_DRAINING, _BARRIER_RESETTING))
        if self._state == _BARRIER_BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _BARRIER_DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != _BARRIER_FILLING)
        if self._state in (_BARRIER_BROKEN, _BARRIER_RESETTING):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_BARRIER_RESETTING, _BARRIER_DRAINING):
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != _BARRIER_RESETTING:
                    self._state = _BARRIER_RESETTING
            else:
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BARRIER_BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _BARRIER_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BARRIER_BROKEN
