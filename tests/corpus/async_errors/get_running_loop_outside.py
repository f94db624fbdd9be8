import asyncio

asyncio.get_running_loop()
