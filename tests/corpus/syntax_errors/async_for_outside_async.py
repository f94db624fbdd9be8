def f(source):
    async for x in source:
        print(x)
