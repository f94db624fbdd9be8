import asyncio

TEXT = "first line\nsecond line\n\nfourth line"

async def read_lines(text, chunk=7):
    buffer = ""
    for i in range(0, len(text), chunk):
        await asyncio.sleep(0.05)
        buffer += text[i:i + chunk]
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            yield line
    if buffer:
        yield buffer

async def main():
    n = 0
    async for line in read_lines(TEXT):
        n += 1
        print(f"{n}: {line!r} at {asyncio.get_running_loop().time():.2f}")

asyncio.run(main())
