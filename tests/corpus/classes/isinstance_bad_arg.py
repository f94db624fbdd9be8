isinstance(3, "int")
