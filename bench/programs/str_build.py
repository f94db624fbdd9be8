# Strings in a function: formatting, concatenation, split/join and replace over 50,000 lines.
def main():
    lines = []
    text = ""
    for i in range(50_000):
        line = f"row {i}: {i * i % 9973:>5} " + "x" * (i % 5)
        lines.append(line.strip())
        if i % 100 == 0:
            text += line[:3]
    words = " ".join(lines).split()
    upper = [w.upper() for w in words if w.startswith("r")]
    print(len(words), upper[:3], len(text), text[:12].replace("row", "R"))


main()
