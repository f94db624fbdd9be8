import asyncio
import asyncio.tasks
from asyncio.exceptions import CancelledError, IncompleteReadError
from asyncio.queues import Queue, QueueEmpty
from asyncio import locks, events, futures, streams, timeouts, taskgroups, runners

print(asyncio.tasks.Task is asyncio.Task, CancelledError is asyncio.CancelledError)
print(locks.Barrier is asyncio.Barrier, Queue is asyncio.Queue, streams.StreamReader is asyncio.StreamReader)
print(events.get_running_loop is asyncio.get_running_loop, futures.wrap_future is asyncio.wrap_future)
print(timeouts.timeout is asyncio.timeout, taskgroups.TaskGroup is asyncio.TaskGroup, runners.Runner is asyncio.Runner)
print(asyncio.exceptions.TimeoutError is TimeoutError, IncompleteReadError.__mro__[1].__name__)
print(QueueEmpty.__module__, asyncio.tasks.__name__)

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(policy is asyncio.get_event_loop_policy(), isinstance(policy, asyncio.DefaultEventLoopPolicy))
loop = policy.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
policy.set_event_loop(loop)
print(policy.get_event_loop() is loop, asyncio.get_event_loop() is loop)

async def main():
    return asyncio.get_running_loop() is loop
print(loop.run_until_complete(main()))
loop.close()
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is policy)
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
own = asyncio.SelectorEventLoop()
print(own, own.get_debug(), own.slow_callback_duration, own.get_exception_handler())
own.set_debug(False)
own.close()
print(own)
