import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    def cb(tag):
        log.append(tag)
        if tag == "first":
            loop.call_soon(log.append, "scheduled during first")
    loop.call_soon(cb, "first")
    loop.call_soon(cb, "second")
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.sleep(0)
    print(log)

asyncio.run(main())
