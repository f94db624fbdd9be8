import asyncio

async def child(name, delay):
    print(f"  {name} starts in {asyncio.current_task().get_name()}")
    if delay is None:
        print(f"  {name} finishes without suspending")
        return name.upper()
    await asyncio.sleep(delay)
    print(f"  {name} resumes at {asyncio.get_running_loop().time()}")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    print("factory:", loop.get_task_factory())
    print("lazy:")
    t1 = asyncio.create_task(child("a", 0))
    print("created a; done?", t1.done())
    await t1
    loop.set_task_factory(asyncio.eager_task_factory)
    print("eager factory set:", loop.get_task_factory() is asyncio.eager_task_factory)
    print("eager:")
    t2 = asyncio.create_task(child("b", None))
    print("created b; done?", t2.done(), t2.result())
    print("current task back to", asyncio.current_task().get_name())
    t3 = asyncio.create_task(child("c", 0.5), name="named-c")
    print("created c; done?", t3.done(), t3.get_name())
    print("result c:", await t3)
    results = await asyncio.gather(child("d", None), child("e", 1), child("f", None))
    print("gather:", results)
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    loop.set_task_factory(None)
    print("factory:", loop.get_task_factory())
    t4 = asyncio.create_task(child("g", None))
    print("created g; done?", t4.done())
    await t4
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
