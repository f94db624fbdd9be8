results = []
for x in ["1", "a", "3", None]:
    try:
        results.append(int(x))
    except ValueError:
        results.append("bad")
        continue
    except TypeError as e:
        results.append(str(e))
        break
    finally:
        results.append("|")
print(results)
