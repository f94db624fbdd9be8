# repr() of event loops: running, after asyncio.run closed it, new and closed by hand.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop))
    print(type(loop).__name__)
    print(loop.is_running(), loop.is_closed())
    return loop


loop = asyncio.run(main())
print(repr(loop))
other = asyncio.new_event_loop()
print(repr(other))
print(other.run_until_complete(asyncio.sleep(0, "done")), repr(other))
other.close()
print(repr(other))
