class NoHash:
    def __eq__(self, other):
        return True
s = {NoHash()}
