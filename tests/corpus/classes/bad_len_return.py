class Weird:
    def __len__(self):
        return -1
len(Weird())
