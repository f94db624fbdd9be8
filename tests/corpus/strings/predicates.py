for s in ["abc", "ABC", "123", "a1", "  ", "", "Hello World", "3.5"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isnumeric())
