from __future__ import annotations

count: int = 0
name: str
print(__annotations__)


class Config:
    debug: bool = False
    level: int
    items: list[str] = []
    if True:
        extra: dict[str, int] = {}

    def method(self) -> None:
        local: int = 5
        print(local)


print(Config.__annotations__, Config.debug, hasattr(Config, "level"))
Config().method()


def f():
    x: int = 3
    y: undefined_name
    return x


print(f())
try:
    print(name)
except NameError as e:
    print(e)
