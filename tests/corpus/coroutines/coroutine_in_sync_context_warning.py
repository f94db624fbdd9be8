import asyncio

async def fetch():
    await asyncio.sleep(1)
    return "data"

def sync_caller():
    result = fetch()
    print(type(result).__name__)
    return result

r = sync_caller()
print(asyncio.run(r))
