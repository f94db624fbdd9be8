# The tutorial's "Errors" section:
#
#     # Regular list is not async iterable
#     aiter([1, 2, 3])
#     # TypeError: object list can't be used in 'await' expression
#
# Run it and read the message CPython really gives.
print("calling aiter([1, 2, 3])")

# Regular list is not async iterable
aiter([1, 2, 3])
