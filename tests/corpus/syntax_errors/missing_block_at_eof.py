# A block missing at the very end of the source: the message names the header's own line.
items = [1, 2, 3]
for item in items:
