import asyncio

class Worker:
    def on_done(self, fut):
        print("Worker.on_done saw", fut.result())

def plain(*args):
    print("plain called with", len(args), "arguments")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(Worker().on_done)
    f.add_done_callback(plain)
    print(repr(f))
    h = loop.call_soon(plain)
    print(repr(h))
    h2 = loop.call_later(1, Worker().__init__)
    print(repr(h2))
    h2.cancel()
    print(repr(h2))
    print(repr(loop.call_soon(print)))
    print(repr(loop.call_at(2.5, f.cancel)))
    await asyncio.sleep(3)
    print(f.cancelled())

asyncio.run(main())
