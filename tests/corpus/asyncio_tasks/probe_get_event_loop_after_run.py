import asyncio

async def main():
    loop = asyncio.get_event_loop()
    print(loop is asyncio.get_running_loop(), loop.is_running())
    return loop

loop = asyncio.run(main())
print(loop.is_closed(), loop.is_running())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(None)
new.close()
