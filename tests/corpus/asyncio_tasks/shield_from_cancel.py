import asyncio

async def important():
    await asyncio.sleep(2)
    print("important work done", asyncio.get_running_loop().time())
    return "saved"

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", asyncio.get_running_loop().time())
    print(await inner, inner.cancelled())

asyncio.run(main())
