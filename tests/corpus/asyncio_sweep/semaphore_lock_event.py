import asyncio

def show(x):
    return repr(x).replace(hex(id(x)), "0x")

async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    print(show(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock:
        print(show(lock), lock.locked())
        t = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
        print(show(lock))
    await t
    print(show(lock))
    lock.release()
    sem = asyncio.Semaphore(2)
    print(show(sem))
    async def use(i):
        async with sem:
            print(loop.time(), "in", i, show(sem))
            await asyncio.sleep(1)
    await asyncio.gather(*(use(i) for i in range(4)))
    print(show(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(show(b))
    ev = asyncio.Event()
    print(show(ev), ev.is_set())
    waiters = [asyncio.create_task(ev.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(show(ev))
    ev.set()
    print(show(ev), await asyncio.gather(*waiters))
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.5)
    except TimeoutError:
        print(loop.time(), "event wait timed out", show(ev))
    cond = asyncio.Condition()
    print(show(cond))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
