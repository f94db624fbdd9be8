def add(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add(1), add(2), add(3, []))
