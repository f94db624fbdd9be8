# The event loop methods the playground cannot provide (it has no network, no processes, no
# threads and no signals) or provides in its own way: each exists on the loop, as in CPython,
# and the ones that cannot work raise NotImplementedError saying what and why. The module-level
# names of the same kind are in unsupported.py (compiled on first use).

_NO_NETWORK = ('the playground has no network; to simulate a stream, feed an '
               'asyncio.StreamReader with feed_data() and feed_eof() from another task')
_NO_PROCESSES = 'the playground cannot start processes'
_NO_THREADS = ('the playground has no threads; await the coroutine or pass it to '
               'asyncio.create_task()')
_NO_SIGNALS = 'the playground has no signals'
_NO_FILES = 'the playground has no file descriptors to watch'


def _refusal(what, why):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'{what} is not supported in the playground: {why}')
    return refuse


# Loop methods for sockets, pipes, processes, signals and file descriptors.
for _name in ('create_connection', 'create_server', 'create_unix_connection',
              'create_unix_server', 'create_datagram_endpoint', 'connect_accepted_socket',
              'start_tls', 'sendfile', 'sock_recv', 'sock_recv_into', 'sock_recvfrom',
              'sock_recvfrom_into', 'sock_sendall', 'sock_sendto', 'sock_connect',
              'sock_accept', 'sock_sendfile', 'getaddrinfo', 'getnameinfo'):
    _set_loop_method(_name, _refusal(f'loop.{_name}()', _NO_NETWORK))
for _name in ('subprocess_exec', 'subprocess_shell', 'connect_read_pipe',
              'connect_write_pipe'):
    _set_loop_method(_name, _refusal(f'loop.{_name}()', _NO_PROCESSES))
for _name in ('add_signal_handler', 'remove_signal_handler'):
    _set_loop_method(_name, _refusal(f'loop.{_name}()', _NO_SIGNALS))
for _name in ('add_reader', 'remove_reader', 'add_writer', 'remove_writer'):
    _set_loop_method(_name, _refusal(f'loop.{_name}()', _NO_FILES))


def _call_soon_threadsafe(self, callback, *args, context=None):
    # Without threads this is call_soon (CPython also wakes the selector; nothing waits here).
    return self.call_soon(callback, *args)


_set_loop_method('call_soon_threadsafe', _call_soon_threadsafe)


def _set_default_executor(self, executor):
    raise NotImplementedError(
        f'loop.set_default_executor() is not supported in the playground: {_NO_THREADS}')


_set_loop_method('set_default_executor', _set_default_executor)


def _set_debug(self, enabled):
    if enabled:
        raise NotImplementedError(
            "loop.set_debug(True) is not supported in the playground: asyncio's debug mode "
            'is not implemented')


_set_loop_method('set_debug', _set_debug)


def _exception_handler_refusal(self, *args, **kwargs):
    raise NotImplementedError(
        'custom loop exception handlers are not supported in the playground: errors nobody '
        'retrieves are reported on stderr as CPython\'s default handler reports them')


def _set_exception_handler(self, handler):
    if handler is not None and not callable(handler):
        raise TypeError(f'A callable object or None is expected, got {handler!r}')
    if handler is not None:
        _exception_handler_refusal(self)


def _get_exception_handler(self):
    return None


_set_loop_method('set_exception_handler', _set_exception_handler)
_set_loop_method('get_exception_handler', _get_exception_handler)
_set_loop_method('call_exception_handler', _exception_handler_refusal)
_set_loop_method('default_exception_handler', _exception_handler_refusal)
_set_loop_method('slow_callback_duration', 0.1)
