"""The draw of held-out 7 (run once, before annotation, on the code frozen at 3b67474): 48 symbol-shaped and 12
kind-word-only sentences, random.Random(7707).sample over the sorted (article, sha1) keys of the test and val splits,
leaving out every sentence of the other sets and every sentence of an ARTICLE that has a sentence in another set, so
that the set is blind at the article level."""
import hashlib
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE.parents[1].parent / "shared" / "data" / "citations" / "vietnews-citation-sentences.jsonl"
SHAPE = re.compile(r"\d\s*[/-]\s*(?:\d{4}\s*[/-]\s*)?[A-ZĐ]")
SETS = ("gold.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl", "heldout4.jsonl", "heldout5.jsonl",
        "heldout6.jsonl")


def draw():
    rows = [r for f in SETS for r in map(json.loads, open(HERE / f, encoding="utf-8"))]
    taken = {(r["article"], r["sha1"]) for r in rows}
    articles = {r["article"] for r in rows}
    symbol, kind = set(), set()
    for line in open(SENTENCES, encoding="utf-8"):
        row = json.loads(line)
        key = (row["article"], hashlib.sha1(row["sentence"].encode("utf-8")).hexdigest())
        if not row["article"].startswith(("test", "val")) or key in taken or row["article"] in articles:
            continue
        (symbol if SHAPE.search(row["sentence"]) else kind).add(key)
    rng = random.Random(7707)
    return rng.sample(sorted(symbol), 48), rng.sample(sorted(kind), 12), len(symbol), len(kind)


if __name__ == "__main__":
    sym, kin, n_sym, n_kind = draw()
    print(json.dumps({"symbol": sym, "kind": kin, "candidates": [n_sym, n_kind]}))
