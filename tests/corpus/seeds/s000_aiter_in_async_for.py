# Seed 000, "Using aiter() with async for directly", verbatim (plus a virtual-clock print).
import asyncio

async def async_range(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

async def main():
    async for num in aiter(async_range(5)):
        print(f"Got: {num}")
    print("virtual time:", asyncio.get_running_loop().time())

asyncio.run(main())
# Output: Got: 0, Got: 1, Got: 2, Got: 3, Got: 4
