import asyncio

async def main():
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print(type(eg).__name__, eg.exceptions)
    try:
        raise ExceptionGroup("grp", [KeyError(1), ValueError(2), KeyError(3)])
    except* KeyError as eg:
        print("keys", eg.exceptions)
    except* ValueError as eg:
        print("values", eg.exceptions)

asyncio.run(main())
