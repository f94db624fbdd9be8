import asyncio

async def job():
    await asyncio.sleep(1)
    return "r"

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: print("cb1", f.result()))
    t.add_done_callback(lambda f: print("cb2"))
    print(await t)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
