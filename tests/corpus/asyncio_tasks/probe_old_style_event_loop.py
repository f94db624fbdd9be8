import asyncio

async def main():
    await asyncio.sleep(1)
    print("ran at", asyncio.get_running_loop().time())
    return "value"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
