import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print("finalizing", name)

async def failing():
    await asyncio.sleep(0.5)
    raise ValueError("background failure")

async def main():
    asyncio.create_task(forever("bg"))
    t = asyncio.create_task(failing())
    await asyncio.sleep(2)
    print("main done", t.done())
    return 42

with asyncio.Runner() as r:
    print(r.run(main()))
    print("still open", r.get_loop().is_closed())
print("closed", r.get_loop.__name__)
