# Seed 000, "Reading from async stream", verbatim.
import asyncio

async def read_messages():
    # Simulated async message source
    messages = ["hello", "world", "async!"]
    for msg in messages:
        yield msg

async def process():
    async for msg in aiter(read_messages()):
        print(f"Processing: {msg}")

asyncio.run(process())
