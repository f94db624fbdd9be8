import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    loop.call_later(2, fut.set_result, "resolved")
    print(await fut, loop.time(), fut.done())
    f2 = asyncio.Future()
    f2.set_exception(ValueError("failed future"))
    try:
        await f2
    except ValueError as e:
        print("future raised", e)
    f3 = loop.create_future()
    f3.cancel()
    print(f3.cancelled())

asyncio.run(main())
