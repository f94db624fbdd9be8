def gen():
    try:
        yield 1
        yield 2
    finally:
        print("sync generator finalized immediately")

for v in gen():
    break
print("after loop")
