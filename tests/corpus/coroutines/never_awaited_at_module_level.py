async def f():
    return 1

f()
print("after creating coroutine")
