library = {
    "books": [
        {"title": "Dune", "year": 1965, "tags": ["scifi", "classic"]},
        {"title": "Emma", "year": 1815, "tags": ["romance", "classic"]},
        {"title": "Neuromancer", "year": 1984, "tags": ["scifi"]},
    ],
    "members": {"ann": {"borrowed": ["Dune"]}, "bob": {"borrowed": []}},
}
print([b["title"] for b in library["books"] if "scifi" in b["tags"]])
by_tag = {}
for book in library["books"]:
    for tag in book["tags"]:
        by_tag.setdefault(tag, []).append(book["title"])
print(by_tag)
print({m: len(info["borrowed"]) for m, info in library["members"].items()})
library["members"]["bob"]["borrowed"].append("Emma")
print(library["members"]["bob"], sorted(library["members"]))
oldest = min(library["books"], key=lambda b: b["year"])
print(oldest["title"], sum(b["year"] for b in library["books"]) // len(library["books"]))
decades = {}
for b in library["books"]:
    decades[b["year"] // 10 * 10] = decades.get(b["year"] // 10 * 10, 0) + 1
print(dict(sorted(decades.items())))
def deep_get(d, *keys, default=None):
    for k in keys:
        try:
            d = d[k]
        except (KeyError, IndexError, TypeError):
            return default
    return d
print(deep_get(library, "books", 0, "tags", 1), deep_get(library, "books", 9, "x", default="?"))
flat = [tag for b in library["books"] for tag in b["tags"]]
print(flat, sorted(set(flat)), flat.count("classic"))
table = [[r * c for c in range(1, 4)] for r in range(1, 4)]
for row in table:
    print(" ".join(f"{v:3}" for v in row))
transposed = list(map(list, zip(*table)))
print(transposed == table, [row[i] for i, row in enumerate(table)])
import copy
shallow = dict(library)
deep = copy.deepcopy(library)
deep["books"][0]["tags"].append("desert")
print(shallow["books"] is library["books"], deep["books"] is library["books"], library["books"][0]["tags"], deep["books"][0]["tags"])
class Node:
    def __init__(self, v):
        self.v, self.kids = v, []
root = Node(1)
root.kids.append(Node(2))
twin = copy.deepcopy(root)
same = copy.copy(root)
twin.kids[0].v = 20
print(root.kids[0].v, twin.kids[0].v, same.kids is root.kids, twin.kids is root.kids)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, copy.copy([1, [2]])[1] is not None)
