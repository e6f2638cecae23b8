"""The draws of held-out sets 4-16 (each run once, before its annotation): 48 symbol-shaped and 12 kind-word-only
sentences, ``random.Random(seed).sample`` over the sorted (article, sha1) keys of the test and val splits, leaving
out every sentence of the earlier sets and, from held-out 5 on, every sentence of an ARTICLE that has a sentence in
an earlier set, so that the set is blind at the article level.

    python corpus/documents/draw_heldout.py N      # N = 4 … 16: prints the draw of held-out N
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE.parents[1].parent / "shared" / "data" / "citations" / "vietnews-citation-sentences.jsonl"
SHAPE = re.compile(r"\d\s*[/-]\s*(?:\d{4}\s*[/-]\s*)?[A-ZĐ]")
# held-out set -> (seed, code frozen when it was drawn); the earlier sets are the development set and held-out 1 … N-1
DRAWS = {4: (4404, "ccc2242"), 5: (5505, "a9b2c67"), 6: (6606, "733c51f"), 7: (7707, "3b67474"), 8: (8808, "fad89ab"), 9: (9909, "3b1c55d"),
         10: (10010, "c1ce3c0"), 11: (11011, "ea47f73"),
         12: (12012, "1434e61"), 13: (13013, "1434e61"), 14: (14014, "1acb82d"),
         15: (15015, "e80f223"), 16: (16016, "3998063")}


def earlier_sets(n: int) -> list[str]:
    return ["gold.jsonl", "heldout.jsonl", *(f"heldout{i}.jsonl" for i in range(2, n))]


def draw(n: int):
    seed, _ = DRAWS[n]
    rows = [r for f in earlier_sets(n) for r in map(json.loads, open(HERE / f, encoding="utf-8"))]
    taken = {(r["article"], r["sha1"]) for r in rows}
    articles = {r["article"] for r in rows} if n >= 5 else set()
    symbol, kind = set(), set()
    for line in open(SENTENCES, encoding="utf-8"):
        row = json.loads(line)
        key = (row["article"], hashlib.sha1(row["sentence"].encode("utf-8")).hexdigest())
        if not row["article"].startswith(("test", "val")) or key in taken or row["article"] in articles:
            continue
        (symbol if SHAPE.search(row["sentence"]) else kind).add(key)
    rng = random.Random(seed)
    # from held-out 16 on the pool may hold fewer than 48 symbol-shaped sentences: all of them are taken (the same call
    # as before for the earlier draws, which had more)
    return rng.sample(sorted(symbol), min(48, len(symbol))), rng.sample(sorted(kind), 12), len(symbol), len(kind)


if __name__ == "__main__":
    sym, kin, n_sym, n_kind = draw(int(sys.argv[1]))
    print(json.dumps({"symbol": sym, "kind": kin, "candidates": [n_sym, n_kind]}))
