text = """first
  second
third"""
print(text)
print(len(text.splitlines()), r"raw\n", len(r"\n"), "implicit" " concat")
