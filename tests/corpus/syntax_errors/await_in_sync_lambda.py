async def main():
    f = lambda: await something()
