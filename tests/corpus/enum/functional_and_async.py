# The functional API, an enum as an async iterator's state, members in containers and
# f-strings, and a mixin enum with a custom __str__.
import asyncio
from enum import Enum, IntEnum, auto

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum("Pets", ["DOG", "FISH"])
print(Pets.FISH, Pets(1))
Sizes = IntEnum("Sizes", [("S", 1), ("M", 5), ("L", 10)])
print(list(Sizes), Sizes.M + 1, Sizes(10))
Codes = Enum("Codes", {"OK": 200, "MISSING": 404})
print(Codes.MISSING, Codes(200).name)


class Phase(Enum):
    WAITING = auto()
    FETCHING = auto()
    DONE = auto()

    def __str__(self):
        return self.name.lower()


class Fetcher:
    def __init__(self, urls):
        self.urls = list(urls)
        self.phase = Phase.WAITING

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.urls:
            self.phase = Phase.DONE
            raise StopAsyncIteration
        self.phase = Phase.FETCHING
        await asyncio.sleep(0.1)
        return self.urls.pop(0)


async def main():
    fetcher = Fetcher(["a", "b"])
    print("start", fetcher.phase, repr(fetcher.phase))
    async for url in fetcher:
        print(f"got {url} while {fetcher.phase}")
    print("end", fetcher.phase, fetcher.phase is Phase.DONE)
    history = {phase: [] for phase in Phase}
    history[Phase.DONE].append("x")
    print(history)


asyncio.run(main())
