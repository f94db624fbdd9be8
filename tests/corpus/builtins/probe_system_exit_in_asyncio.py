import asyncio
import sys

async def main():
    print("working")
    await asyncio.sleep(1)
    sys.exit(0)

asyncio.run(main())
print("not reached")
