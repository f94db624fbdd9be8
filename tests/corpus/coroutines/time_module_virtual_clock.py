import asyncio
import time

async def main():
    t0 = time.monotonic()
    await asyncio.sleep(2.5)
    print(time.monotonic() - t0, time.time(), time.perf_counter())
    start = time.perf_counter()
    await asyncio.sleep(0.1)
    print(f"elapsed {time.perf_counter() - start:.3f}")

print(time.monotonic())
asyncio.run(main())
