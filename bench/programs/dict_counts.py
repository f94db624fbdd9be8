# Dicts in a function: counting, grouping and merging 100,000 keys.
def main():
    counts = {}
    groups = {}
    for i in range(100_000):
        key = i % 97
        counts[key] = counts.get(key, 0) + 1
        bucket = groups.setdefault(key % 7, [])
        if len(bucket) < 5:
            bucket.append(i)
    merged = dict(counts)
    for k, v in list(merged.items()):
        merged[k] = v * 2
    print(len(counts), counts[3], groups[2], sum(merged.values()))


main()
