raise ExceptionGroup("many", [ValueError("a"), KeyError("b")])
