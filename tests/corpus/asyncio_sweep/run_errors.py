import asyncio

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        asyncio.get_running_loop().run_until_complete(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"

print(asyncio.run(main()))
for bad in [5, inner, None]:
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.create_task(inner())
except RuntimeError as e:
    print("RuntimeError:", e)

async def raises():
    raise KeyError("k")
try:
    asyncio.run(raises())
except KeyError as e:
    print("KeyError:", e)
with asyncio.Runner() as runner:
    print(runner.run(inner()), runner.run(inner()))
    print(runner.get_loop().is_running())
try:
    runner.run(inner())
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(raises(), debug=False)
