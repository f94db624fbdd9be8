import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    return await asyncio.gather(job(1), job(2))

print(asyncio.run(main()))
try:
    asyncio.gather(job(1))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.ensure_future(42)
except TypeError as e:
    print("TypeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.ensure_future(job(0.5))
print(type(fut).__name__, fut.get_name(), fut.done())
print(loop.run_until_complete(fut), loop.time())
loop.close()
