import asyncio

async def producer(reader):
    loop = asyncio.get_running_loop()
    for chunk in [b"first li", b"ne\nsecond line\nthi", b"rd", b" line\n", b"no newline at end"]:
        await asyncio.sleep(0.5)
        print(f"{loop.time()} feed {chunk!r}")
        reader.feed_data(chunk)
    await asyncio.sleep(0.5)
    print(f"{loop.time()} feed_eof")
    reader.feed_eof()

async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    print(repr(reader), reader.at_eof(), reader.exception())
    task = asyncio.create_task(producer(reader))
    async for line in reader:
        print(f"{loop.time()} line {line!r}")
    print(repr(reader), reader.at_eof())
    print(await reader.readline(), await reader.read(), await reader.read(5))
    await task

asyncio.run(main())
