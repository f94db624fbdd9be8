import asyncio

order = []

async def step(name):
    order.append(f"{name} start")
    await asyncio.sleep(0)
    order.append(f"{name} end")
    return name

class LoggingTask(asyncio.Task):
    pass

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(step("x"), loop=loop, eager_start=True)
    order.append("after Task(x)")
    t2 = asyncio.Task(step("y"))
    order.append("after Task(y)")
    await asyncio.gather(t, t2)
    print(order)
    order.clear()
    loop.set_task_factory(asyncio.create_eager_task_factory(LoggingTask))
    t3 = asyncio.create_task(step("z"), name="zed")
    order.append("after create_task(z)")
    print(type(t3).__name__, t3.get_name(), await t3)
    print(order)
    t4 = asyncio.ensure_future(step("w"))
    print(t4.done(), order[-1])
    await t4
    # an eager task that creates an eager task
    async def outer():
        print("outer in", asyncio.current_task().get_name())
        inner = asyncio.create_task(step("inner"))
        print("outer back in", asyncio.current_task().get_name(), inner.done())
        return await inner
    print(await asyncio.create_task(outer(), name="outer-task"))
    print(order)

asyncio.run(main())
