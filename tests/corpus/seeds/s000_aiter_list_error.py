# Seed 000, "TypeError for non-async iterable", verbatim. The seed claims the message is
# "object list can't be used in 'await' expression"; CPython says otherwise.
# Regular list is not async iterable
aiter([1, 2, 3])
# TypeError: object list can't be used in 'await' expression
