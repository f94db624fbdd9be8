import asyncio

async def tick(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        print(f"{asyncio.get_running_loop().time():5.2f} {name} {i}")

async def main():
    await asyncio.gather(tick("fast", 0.3, 4), tick("slow", 0.7, 2), tick("mid", 0.5, 2))

asyncio.run(main())
