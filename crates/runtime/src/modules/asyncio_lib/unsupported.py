# The parts of asyncio the playground cannot provide (it has no network, no processes and no
# threads, and one kind of event loop), compiled on first use: each name exists, as in CPython,
# and using it raises NotImplementedError saying what and why (the reasons and `_refusal` are
# in loop_methods.py). Also the protocol base classes, the default event loop policy and
# wrap_future, which do work here.


def _refusing_function(name, why):
    f = _refusal(f'asyncio.{name}()', why)
    f.__name__ = f.__qualname__ = name
    return f


def _refusing_class(name, module, why):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(f'asyncio.{name} is not supported in the playground: {why}')
    return type(name, (), {'__init__': __init__, '__module__': module})


open_connection = _refusing_function('open_connection', _NO_NETWORK)
start_server = _refusing_function('start_server', _NO_NETWORK)
open_unix_connection = _refusing_function('open_unix_connection', _NO_NETWORK)
start_unix_server = _refusing_function('start_unix_server', _NO_NETWORK)
create_subprocess_exec = _refusing_function('create_subprocess_exec', _NO_PROCESSES)
create_subprocess_shell = _refusing_function('create_subprocess_shell', _NO_PROCESSES)
get_child_watcher = _refusing_function('get_child_watcher', _NO_PROCESSES)
set_child_watcher = _refusing_function('set_child_watcher', _NO_PROCESSES)
AbstractChildWatcher = _refusing_class('AbstractChildWatcher', 'asyncio.unix_events', _NO_PROCESSES)
PidfdChildWatcher = _refusing_class('PidfdChildWatcher', 'asyncio.unix_events', _NO_PROCESSES)
SafeChildWatcher = _refusing_class('SafeChildWatcher', 'asyncio.unix_events', _NO_PROCESSES)
FastChildWatcher = _refusing_class('FastChildWatcher', 'asyncio.unix_events', _NO_PROCESSES)
MultiLoopChildWatcher = _refusing_class('MultiLoopChildWatcher', 'asyncio.unix_events', _NO_PROCESSES)
ThreadedChildWatcher = _refusing_class('ThreadedChildWatcher', 'asyncio.unix_events', _NO_PROCESSES)
BaseTransport = _refusing_class('BaseTransport', 'asyncio.transports', _NO_NETWORK)
ReadTransport = _refusing_class('ReadTransport', 'asyncio.transports', _NO_NETWORK)
WriteTransport = _refusing_class('WriteTransport', 'asyncio.transports', _NO_NETWORK)
Transport = _refusing_class('Transport', 'asyncio.transports', _NO_NETWORK)
DatagramTransport = _refusing_class('DatagramTransport', 'asyncio.transports', _NO_NETWORK)
SubprocessTransport = _refusing_class('SubprocessTransport', 'asyncio.transports', _NO_NETWORK)
StreamWriter = _refusing_class('StreamWriter', 'asyncio.streams', _NO_NETWORK)
StreamReaderProtocol = _refusing_class('StreamReaderProtocol', 'asyncio.streams', _NO_NETWORK)
AbstractServer = _refusing_class('AbstractServer', 'asyncio.events', _NO_NETWORK)
Server = _refusing_class('Server', 'asyncio.base_events', _NO_NETWORK)


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    raise NotImplementedError(
        f'asyncio.run_coroutine_threadsafe() is not supported in the playground: {_NO_THREADS}')


def wrap_future(future, *, loop=None):
    """An asyncio future is returned as it is (there are no concurrent.futures here)."""
    if isfuture(future):
        return future
    assert False, f'concurrent.futures.Future is expected, got {future!r}'


class BaseProtocol:
    """The interface of protocols (callbacks a transport calls; there are no transports
    here, so only your own code calls them)."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """The interface of stream protocols."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    """The interface of stream protocols with a receive buffer."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    """The interface of datagram protocols."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    """The interface of subprocess protocols."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: the current loop of the (only) thread."""
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'

    def get_child_watcher(self):
        return get_child_watcher()

    def set_child_watcher(self, watcher):
        return set_child_watcher(watcher)


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_BaseDefaultEventLoopPolicy = BaseDefaultEventLoopPolicy
del BaseDefaultEventLoopPolicy
_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    if policy is not None and type(policy) is not DefaultEventLoopPolicy:
        raise NotImplementedError(
            f'asyncio.set_event_loop_policy() with a {type(policy).__name__} is not supported '
            'in the playground: its event loops are always the runtime\'s own loop on the '
            'virtual clock')
    _event_loop_policy = policy
