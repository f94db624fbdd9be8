class ConfigError(Exception):
    pass
def load():
    try:
        {}["port"]
    except KeyError as e:
        raise ConfigError("missing port") from e
try:
    load()
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
load()
