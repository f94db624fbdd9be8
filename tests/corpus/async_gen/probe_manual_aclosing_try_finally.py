import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("numbers cleanup")

async def first_even_over(limit):
    gen = numbers()
    try:
        async for n in gen:
            if n > limit and n % 2 == 0:
                return n
    finally:
        await gen.aclose()
        print("closed by hand", asyncio.get_running_loop().time())

async def main():
    print(await first_even_over(3))
    print(await first_even_over(100))

asyncio.run(main())
