import asyncio

async def work():
    print("never runs")

async def main():
    work()
    print("forgot to await")

asyncio.run(main())
