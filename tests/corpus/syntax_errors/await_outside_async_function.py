import asyncio
def sync():
    await asyncio.sleep(1)
