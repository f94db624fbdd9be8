aiter([1, 2, 3])
